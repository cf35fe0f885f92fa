import { ErrorCodes } from '@preau/contracts';
import { DomainError, type Id } from '@preau/kernel';
import type { MediaFolder } from '../domain/media-folder/media-folder';
import type { MediaFolderRepository } from '../domain/media-folder/media-folder.repository';

/** A person's own folder, or NOT_FOUND: nobody sees another's folders. */
export async function ownFolder(folders: MediaFolderRepository, ownerId: Id, folderId: Id): Promise<MediaFolder> {
  const folder = await folders.folder(folderId);
  if (!folder || folder.ownerId !== ownerId) throw new DomainError(ErrorCodes.NOT_FOUND, 'No such folder.');
  return folder;
}

/** Two folders of one person never share a name (compared as the folder stores it: trimmed, spaces collapsed). */
export async function checkUniqueFolderName(
  folders: MediaFolderRepository,
  ownerId: Id,
  name: string,
  except?: Id,
): Promise<void> {
  const same = await folders.folderNamed(ownerId, name.trim().replace(/\s+/g, ' '));
  if (same && same.id !== except)
    throw new DomainError(ErrorCodes.CONFLICT, 'You already have a folder of that name.', {
      rule: 'FolderNamesAreUnique',
    });
}
