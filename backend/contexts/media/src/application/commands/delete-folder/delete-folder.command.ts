import { Command } from '@preau/contracts';
import type { Id } from '@preau/kernel';

export class DeleteFolderCommand extends Command<void> {
  constructor(
    readonly ownerId: Id,
    readonly folderId: Id,
  ) {
    super();
  }
}
