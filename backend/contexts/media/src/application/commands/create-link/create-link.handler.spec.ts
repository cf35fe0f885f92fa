import { mediaKit } from '../../../testing/media-test-kit';
import { CreateLinkCommand } from './create-link.command';
import { CreateLinkHandler } from './create-link.handler';

describe('CreateLinkHandler', () => {
  const setUp = () => {
    const kit = mediaKit();
    return { kit, handler: new CreateLinkHandler(kit.repo, kit.clock, kit.views) };
  };

  it('adds a ready link with its title, dated by the clock, without renditions', async () => {
    const { kit, handler } = setUp();
    const view = await handler.execute(
      new CreateLinkCommand('teacher', 'https://example.org/les-oiseaux', ' Les oiseaux '),
    );
    expect(view).toMatchObject({
      kind: 'link',
      status: 'ready',
      title: 'Les oiseaux',
      url: 'https://example.org/les-oiseaux',
      renditions: {},
      createdAt: kit.clock.now().toISOString(),
    });
    expect(kit.repo.items.get(view.id)).toMatchObject({ ownerId: 'teacher', kind: 'link' });
  });

  it.each(['javascript:alert(1)', 'ftp://example.org/x'])('refuses %p (ALinkIsHttpOrHttps)', async (url) => {
    const { kit, handler } = setUp();
    await expect(handler.execute(new CreateLinkCommand('teacher', url, 'x'))).rejects.toMatchObject({
      code: 'VALIDATION_FAILED',
      details: { rule: 'ALinkIsHttpOrHttps' },
    });
    expect(kit.repo.items.size).toBe(0);
  });
});
