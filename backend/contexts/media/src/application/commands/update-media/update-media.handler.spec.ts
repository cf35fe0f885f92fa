import { aFolder, aPhoto, mediaKit } from '../../../testing/media-test-kit';
import { UpdateMediaCommand } from './update-media.command';
import { UpdateMediaHandler } from './update-media.handler';

describe('UpdateMediaHandler', () => {
  const setUp = () => {
    const kit = mediaKit();
    aPhoto(kit, { id: 'm1', ownerId: 'teacher', title: 'Sortie' });
    aFolder(kit, { id: 'f1', ownerId: 'teacher', name: 'Sorties' });
    aFolder(kit, { id: 'theirs', ownerId: 'colleague', name: 'Sorties' });
    return { kit, handler: new UpdateMediaHandler(kit.access, kit.repo, kit.repo, kit.views) };
  };

  it('renames my item and moves it into one of my folders, then back to the root', async () => {
    const { kit, handler } = setUp();
    kit.repo.shares.push({ classId: 'class-a', mediaId: 'm1', by: 'teacher', at: kit.clock.now() });
    const view = await handler.execute(
      new UpdateMediaCommand('teacher', 'm1', { title: ' Sortie  au parc ', folderId: 'f1' }),
    );
    expect(view).toMatchObject({ id: 'm1', title: 'Sortie au parc', folderId: 'f1', sharedWithClassIds: ['class-a'] });
    await handler.execute(new UpdateMediaCommand('teacher', 'm1', { folderId: null }));
    expect(kit.repo.items.get('m1')).toMatchObject({ title: 'Sortie au parc', folderId: null });
  });

  it("refuses to move it into someone else's folder (NOT_FOUND) and leaves it where it was", async () => {
    const { kit, handler } = setUp();
    await expect(
      handler.execute(new UpdateMediaCommand('teacher', 'm1', { folderId: 'theirs' })),
    ).rejects.toMatchObject({ code: 'NOT_FOUND' });
    expect(kit.repo.items.get('m1')?.folderId).toBeNull();
  });

  it('refuses a viewer who is not the owner (OnlyTheOwnerChangesAnItem), and hides it from a stranger', async () => {
    const { kit, handler } = setUp();
    kit.repo.shares.push({ classId: 'class-a', mediaId: 'm1', by: 'teacher', at: kit.clock.now() });
    kit.classes.grant('colleague', 'class-a', ['media.class.read']);
    await expect(handler.execute(new UpdateMediaCommand('colleague', 'm1', { title: 'Mine' }))).rejects.toMatchObject({
      code: 'FORBIDDEN',
      details: { rule: 'OnlyTheOwnerChangesAnItem' },
    });
    await expect(handler.execute(new UpdateMediaCommand('stranger', 'm1', { title: 'Mine' }))).rejects.toMatchObject({
      code: 'NOT_FOUND',
    });
    expect(kit.repo.items.get('m1')?.title).toBe('Sortie');
  });

  it('refuses an empty title (AMediaItemHasATitle)', async () => {
    const { handler } = setUp();
    await expect(handler.execute(new UpdateMediaCommand('teacher', 'm1', { title: '  ' }))).rejects.toMatchObject({
      code: 'VALIDATION_FAILED',
      details: { rule: 'AMediaItemHasATitle' },
    });
  });
});
