import { Command, type DraftView, type SaveDraftRequest } from '@preau/contracts';
import type { Id } from '@preau/kernel';

/** Create (draftId null) or change a draft of the caller's. → DraftView */
export class SaveDraftCommand extends Command<DraftView> {
  constructor(
    readonly actorId: Id,
    readonly draftId: Id | null,
    readonly input: SaveDraftRequest,
  ) {
    super();
  }
}
