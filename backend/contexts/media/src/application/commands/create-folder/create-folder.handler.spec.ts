import { aFolder, mediaKit } from '../../../testing/media-test-kit';
import { CreateFolderCommand } from './create-folder.command';
import { CreateFolderHandler } from './create-folder.handler';

describe('CreateFolderHandler', () => {
  const setUp = () => {
    const kit = mediaKit();
    return { kit, handler: new CreateFolderHandler(kit.repo, kit.clock) };
  };

  it('makes an empty folder in the owner library, its name tidied, dated by the clock', async () => {
    const { kit, handler } = setUp();
    const view = await handler.execute(new CreateFolderCommand('teacher', '  Sorties   de printemps '));
    expect(view).toEqual({ id: expect.any(String), name: 'Sorties de printemps', itemCount: 0 });
    expect(kit.repo.folders.get(view.id)).toMatchObject({
      ownerId: 'teacher',
      name: 'Sorties de printemps',
      createdAt: kit.clock.now(),
    });
  });

  it('refuses a second folder of the same name (FolderNamesAreUnique), even written with other spaces', async () => {
    const { kit, handler } = setUp();
    aFolder(kit, { id: 'f1', ownerId: 'teacher', name: 'Sorties' });
    await expect(handler.execute(new CreateFolderCommand('teacher', ' Sorties '))).rejects.toMatchObject({
      code: 'CONFLICT',
      details: { rule: 'FolderNamesAreUnique' },
    });
    expect(kit.repo.folders.size).toBe(1);
  });

  it('lets another person use a name someone else already has', async () => {
    const { kit, handler } = setUp();
    aFolder(kit, { id: 'f1', ownerId: 'colleague', name: 'Sorties' });
    await expect(handler.execute(new CreateFolderCommand('teacher', 'Sorties'))).resolves.toMatchObject({
      name: 'Sorties',
    });
  });

  it('refuses an empty name (AFolderHasAName)', async () => {
    const { kit, handler } = setUp();
    await expect(handler.execute(new CreateFolderCommand('teacher', '   '))).rejects.toMatchObject({
      code: 'VALIDATION_FAILED',
      details: { rule: 'AFolderHasAName' },
    });
    expect(kit.repo.folders.size).toBe(0);
  });
});
