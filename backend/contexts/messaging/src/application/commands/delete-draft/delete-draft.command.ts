import { Command } from '@preau/contracts';
import type { Id } from '@preau/kernel';

/** Throw away a draft of the caller's. → void */
export class DeleteDraftCommand extends Command<void> {
  constructor(
    readonly actorId: Id,
    readonly draftId: Id,
  ) {
    super();
  }
}
