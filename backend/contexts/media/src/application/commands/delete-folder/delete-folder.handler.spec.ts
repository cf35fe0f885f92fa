import { aFolder, aPhoto, mediaKit } from '../../../testing/media-test-kit';
import { DeleteFolderCommand } from './delete-folder.command';
import { DeleteFolderHandler } from './delete-folder.handler';

describe('DeleteFolderHandler', () => {
  const setUp = () => {
    const kit = mediaKit();
    aFolder(kit, { id: 'f1', ownerId: 'teacher', name: 'Sorties' });
    aPhoto(kit, { id: 'm1', ownerId: 'teacher', folderId: 'f1' });
    return { kit, handler: new DeleteFolderHandler(kit.repo) };
  };

  it('deletes my folder; its items stay in my library, at the root', async () => {
    const { kit, handler } = setUp();
    await handler.execute(new DeleteFolderCommand('teacher', 'f1'));
    expect(kit.repo.folders.has('f1')).toBe(false);
    expect(kit.repo.items.get('m1')?.folderId).toBeNull();
  });

  it("answers NOT_FOUND for someone else's folder and leaves it", async () => {
    const { kit, handler } = setUp();
    await expect(handler.execute(new DeleteFolderCommand('colleague', 'f1'))).rejects.toMatchObject({
      code: 'NOT_FOUND',
    });
    expect(kit.repo.folders.has('f1')).toBe(true);
  });
});
