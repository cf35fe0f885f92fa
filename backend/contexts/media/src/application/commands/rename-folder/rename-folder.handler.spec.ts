import { aFolder, aPhoto, mediaKit } from '../../../testing/media-test-kit';
import { RenameFolderCommand } from './rename-folder.command';
import { RenameFolderHandler } from './rename-folder.handler';

describe('RenameFolderHandler', () => {
  const setUp = () => {
    const kit = mediaKit();
    aFolder(kit, { id: 'f1', ownerId: 'teacher', name: 'Sorties' });
    aFolder(kit, { id: 'f2', ownerId: 'teacher', name: 'Poésie' });
    aPhoto(kit, { id: 'm1', ownerId: 'teacher', folderId: 'f1' });
    aPhoto(kit, { id: 'm2', ownerId: 'teacher', folderId: 'f1' });
    return { kit, handler: new RenameFolderHandler(kit.repo) };
  };

  it('renames one of my folders and answers it with how many items it holds', async () => {
    const { kit, handler } = setUp();
    await expect(handler.execute(new RenameFolderCommand('teacher', 'f1', ' Sorties  2027 '))).resolves.toEqual({
      id: 'f1',
      name: 'Sorties 2027',
      itemCount: 2,
    });
    expect(kit.repo.folders.get('f1')?.name).toBe('Sorties 2027');
  });

  it('keeps the name it already has (not a clash with itself)', async () => {
    const { handler } = setUp();
    await expect(handler.execute(new RenameFolderCommand('teacher', 'f1', 'Sorties'))).resolves.toMatchObject({
      name: 'Sorties',
    });
  });

  it('refuses the name of another of my folders (FolderNamesAreUnique)', async () => {
    const { kit, handler } = setUp();
    await expect(handler.execute(new RenameFolderCommand('teacher', 'f1', 'Poésie'))).rejects.toMatchObject({
      code: 'CONFLICT',
      details: { rule: 'FolderNamesAreUnique' },
    });
    expect(kit.repo.folders.get('f1')?.name).toBe('Sorties');
  });

  it("answers NOT_FOUND for someone else's folder, and for one that does not exist", async () => {
    const { kit, handler } = setUp();
    await expect(handler.execute(new RenameFolderCommand('colleague', 'f1', 'Mine now'))).rejects.toMatchObject({
      code: 'NOT_FOUND',
    });
    await expect(handler.execute(new RenameFolderCommand('teacher', 'nope', 'X'))).rejects.toMatchObject({
      code: 'NOT_FOUND',
    });
    expect(kit.repo.folders.get('f1')?.name).toBe('Sorties');
  });

  it('refuses an empty name (AFolderHasAName)', async () => {
    const { handler } = setUp();
    await expect(handler.execute(new RenameFolderCommand('teacher', 'f1', ' '))).rejects.toMatchObject({
      code: 'VALIDATION_FAILED',
      details: { rule: 'AFolderHasAName' },
    });
  });
});
