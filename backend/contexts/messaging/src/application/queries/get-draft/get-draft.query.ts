import { type DraftView, Query } from '@preau/contracts';
import type { Id } from '@preau/kernel';

/** → DraftView (its author only) */
export class GetDraftQuery extends Query<DraftView> {
  constructor(
    readonly viewerId: Id,
    readonly draftId: Id,
  ) {
    super();
  }
}
