import type { Id } from '@preau/kernel';
import type { MediaFolder } from './media-folder';

/** A person's folders (deleting one leaves its items in the library, at its root). */
export interface MediaFolderRepository {
  folder(id: Id): Promise<MediaFolder | null>;
  folderNamed(ownerId: Id, name: string): Promise<MediaFolder | null>;
  /** Ordered by name, with how many of the owner's items each holds. */
  foldersOf(ownerId: Id): Promise<{ folder: MediaFolder; itemCount: number }[]>;
  addFolder(folder: MediaFolder): void;
  removeFolder(folder: MediaFolder): void;
}

export const MEDIA_FOLDER_REPOSITORY = Symbol('MediaFolderRepository');
