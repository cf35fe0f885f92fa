import { Command, type MediaFolderView } from '@preau/contracts';
import type { Id } from '@preau/kernel';

export class RenameFolderCommand extends Command<MediaFolderView> {
  constructor(
    readonly ownerId: Id,
    readonly folderId: Id,
    readonly name: string,
  ) {
    super();
  }
}
