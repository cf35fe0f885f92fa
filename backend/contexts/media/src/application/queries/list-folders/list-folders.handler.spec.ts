import { aFolder, aPhoto, mediaKit } from '../../../testing/media-test-kit';
import { ListFoldersQuery } from './list-folders.query';
import { ListFoldersHandler } from './list-folders.handler';

describe('ListFoldersHandler', () => {
  it('lists only my folders, by name, with how many items each holds', async () => {
    const kit = mediaKit();
    aFolder(kit, { id: 'f1', ownerId: 'teacher', name: 'Sorties' });
    aFolder(kit, { id: 'f2', ownerId: 'teacher', name: 'Poésie' });
    aFolder(kit, { id: 'f3', ownerId: 'colleague', name: 'Autres' });
    aPhoto(kit, { id: 'm1', ownerId: 'teacher', folderId: 'f1' });
    await expect(new ListFoldersHandler(kit.repo).execute(new ListFoldersQuery('teacher'))).resolves.toEqual([
      { id: 'f2', name: 'Poésie', itemCount: 0 },
      { id: 'f1', name: 'Sorties', itemCount: 1 },
    ]);
  });
});
