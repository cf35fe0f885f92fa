import { Command, type MediaFolderView } from '@preau/contracts';
import type { Id } from '@preau/kernel';

export class CreateFolderCommand extends Command<MediaFolderView> {
  constructor(
    readonly ownerId: Id,
    readonly name: string,
  ) {
    super();
  }
}
