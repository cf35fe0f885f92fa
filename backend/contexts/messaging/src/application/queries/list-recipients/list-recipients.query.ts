import { type RecipientsView, Query } from '@preau/contracts';
import type { Id } from '@preau/kernel';

/** → RecipientsView: exactly the people (and ready-made sets) the directory lets the viewer write to. */
export class ListRecipientsQuery extends Query<RecipientsView> {
  constructor(
    readonly viewerId: Id,
    readonly q?: string,
  ) {
    super();
  }
}
