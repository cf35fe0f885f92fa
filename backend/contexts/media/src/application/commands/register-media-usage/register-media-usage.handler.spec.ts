import { RegisterMediaUsageCommand } from '@preau/contracts';
import { aPhoto, mediaKit, RESOURCE_KIND } from '../../../testing/media-test-kit';
import { RegisterMediaUsageHandler } from './register-media-usage.handler';

const article = { context: RESOURCE_KIND, resourceId: 'article-1' };

describe('RegisterMediaUsageHandler', () => {
  const setUp = () => {
    const kit = mediaKit();
    aPhoto(kit, { id: 'mine', ownerId: 'teacher' });
    aPhoto(kit, { id: 'shared', ownerId: 'colleague' });
    aPhoto(kit, { id: 'private', ownerId: 'colleague' });
    kit.repo.shares.push({ classId: 'class-a', mediaId: 'shared', by: 'colleague', at: kit.clock.now() });
    kit.classes.grant('teacher', 'class-a', ['media.class.read']);
    return { kit, handler: new RegisterMediaUsageHandler(kit.classes, kit.readers, kit.repo, kit.clock) };
  };

  it('registers my items and those of the class library, in order, dated by the clock', async () => {
    const { kit, handler } = setUp();
    await expect(
      handler.execute(
        new RegisterMediaUsageCommand('teacher', article, ['shared', 'mine', 'shared'], { classId: 'class-a' }),
      ),
    ).resolves.toEqual({ mediaIds: ['shared', 'mine'] });
    expect(kit.repo.usages).toEqual([
      { ...article, mediaId: 'shared', at: kit.clock.now() },
      { ...article, mediaId: 'mine', at: kit.clock.now() },
    ]);
  });

  it('replaces the resource list; an item it already used stays usable (even if no longer mine to pick)', async () => {
    const { kit, handler } = setUp();
    kit.repo.usages.push({ ...article, mediaId: 'private', at: kit.clock.now() });
    await expect(
      handler.execute(new RegisterMediaUsageCommand('teacher', article, ['mine', 'private'])),
    ).resolves.toEqual({
      mediaIds: ['mine', 'private'],
    });
    await handler.execute(new RegisterMediaUsageCommand('teacher', article, ['mine']));
    expect(kit.repo.usages.map((u) => u.mediaId)).toEqual(['mine']);
  });

  it('drops without complaint an item of the previous list deleted since', async () => {
    const { kit, handler } = setUp();
    await expect(
      handler.execute(new RegisterMediaUsageCommand('teacher', article, ['gone', 'mine'], { previous: ['gone'] })),
    ).resolves.toEqual({
      mediaIds: ['mine'],
    });
    expect(kit.repo.usages.map((u) => u.mediaId)).toEqual(['mine']);
  });

  it("refuses someone else's item outside the class library, and an unknown one (AnAuthorUsesOwnOrClassLibraryItems)", async () => {
    const { kit, handler } = setUp();
    await expect(
      handler.execute(
        new RegisterMediaUsageCommand('teacher', article, ['mine', 'private', 'unknown'], { classId: 'class-a' }),
      ),
    ).rejects.toMatchObject({
      code: 'VALIDATION_FAILED',
      details: { rule: 'AnAuthorUsesOwnOrClassLibraryItems', mediaIds: ['private', 'unknown'] },
    });
    expect(kit.repo.usages).toEqual([]);
  });

  it('refuses a class library item to whom may not read that library, or when the resource names another class', async () => {
    const { kit, handler } = setUp();
    kit.classes.switchOff('class-a', 'media');
    await expect(
      handler.execute(new RegisterMediaUsageCommand('teacher', article, ['shared'], { classId: 'class-a' })),
    ).rejects.toMatchObject({
      code: 'VALIDATION_FAILED',
      details: { rule: 'AnAuthorUsesOwnOrClassLibraryItems', mediaIds: ['shared'] },
    });
    await expect(
      handler.execute(new RegisterMediaUsageCommand('stranger', article, ['shared'], { classId: 'class-a' })),
    ).rejects.toMatchObject({
      details: { rule: 'AnAuthorUsesOwnOrClassLibraryItems' },
    });
    await expect(handler.execute(new RegisterMediaUsageCommand('teacher', article, ['shared']))).rejects.toMatchObject({
      details: { rule: 'AnAuthorUsesOwnOrClassLibraryItems' },
    });
    expect(kit.repo.usages).toEqual([]);
  });

  it('refuses a usage of a kind of resource no context reads (AUsageIsOfAKnownResourceKind)', async () => {
    const { kit, handler } = setUp();
    await expect(
      handler.execute(new RegisterMediaUsageCommand('teacher', { context: 'homework', resourceId: 'h1' }, ['mine'])),
    ).rejects.toMatchObject({
      code: 'VALIDATION_FAILED',
      details: { rule: 'AUsageIsOfAKnownResourceKind', errors: [{ field: 'usage.context' }] },
    });
    expect(kit.repo.usages).toEqual([]);
  });
});
