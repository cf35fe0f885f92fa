import { aPhoto, mediaKit, RESOURCE_KIND } from '../../../testing/media-test-kit';
import { DeleteMediaCommand } from './delete-media.command';
import { DeleteMediaHandler } from './delete-media.handler';

describe('DeleteMediaHandler', () => {
  const setUp = () => {
    const kit = mediaKit();
    aPhoto(kit, { id: 'm1', ownerId: 'teacher' });
    return { kit, handler: new DeleteMediaHandler(kit.access, kit.repo, kit.outbox) };
  };

  it('deletes my unused item and publishes media.deleted (the worker then deletes its bytes)', async () => {
    const { kit, handler } = setUp();
    await handler.execute(new DeleteMediaCommand('teacher', 'm1', false));
    expect(kit.repo.items.has('m1')).toBe(false);
    expect(kit.published.map((m) => [m.type, m.payload])).toEqual([
      ['media.deleted', { mediaId: 'm1', ownerId: 'teacher' }],
    ]);
  });

  it('refuses an item in use without confirmation (AnItemInUseIsDeletedOnlyOnConfirmation), counting shares and usages', async () => {
    const { kit, handler } = setUp();
    kit.repo.shares.push({ classId: 'class-a', mediaId: 'm1', by: 'teacher', at: kit.clock.now() });
    kit.repo.usages.push({ context: RESOURCE_KIND, resourceId: 'article-1', mediaId: 'm1', at: kit.clock.now() });
    await expect(handler.execute(new DeleteMediaCommand('teacher', 'm1', false))).rejects.toMatchObject({
      code: 'MEDIA_IN_USE',
      details: { usages: 2, rule: 'AnItemInUseIsDeletedOnlyOnConfirmation' },
    });
    expect(kit.repo.items.has('m1')).toBe(true);
    expect(kit.published).toEqual([]);
  });

  it('deletes an item in use once confirmed (its shares and usages go with it)', async () => {
    const { kit, handler } = setUp();
    kit.repo.usages.push({ context: RESOURCE_KIND, resourceId: 'article-1', mediaId: 'm1', at: kit.clock.now() });
    await handler.execute(new DeleteMediaCommand('teacher', 'm1', true));
    expect(kit.repo.items.has('m1')).toBe(false);
    expect(kit.repo.usages).toEqual([]);
    expect(kit.published.map((m) => m.type)).toEqual(['media.deleted']);
  });

  it('refuses anyone but the owner: FORBIDDEN (OnlyTheOwnerChangesAnItem) to a reader, NOT_FOUND to a stranger', async () => {
    const { kit, handler } = setUp();
    kit.repo.usages.push({ context: RESOURCE_KIND, resourceId: 'article-1', mediaId: 'm1', at: kit.clock.now() });
    kit.readable.add('parent:article-1');
    await expect(handler.execute(new DeleteMediaCommand('parent', 'm1', true))).rejects.toMatchObject({
      code: 'FORBIDDEN',
      details: { rule: 'OnlyTheOwnerChangesAnItem' },
    });
    await expect(handler.execute(new DeleteMediaCommand('stranger', 'm1', true))).rejects.toMatchObject({
      code: 'NOT_FOUND',
    });
    expect(kit.repo.items.has('m1')).toBe(true);
    expect(kit.published).toEqual([]);
  });
});
