import { Command } from '@preau/contracts';
import type { Id } from '@preau/kernel';

export class DeleteMediaCommand extends Command<void> {
  constructor(
    readonly actorId: Id,
    readonly mediaId: Id,
    /** Delete even if other resources use it (their readers then see "this document was removed"). */
    readonly force: boolean,
  ) {
    super();
  }
}
