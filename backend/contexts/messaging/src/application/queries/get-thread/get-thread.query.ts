import { type ThreadView, Query } from '@preau/contracts';
import type { Id } from '@preau/kernel';

/** → ThreadView (404 for someone outside the conversation) */
export class GetThreadQuery extends Query<ThreadView> {
  constructor(
    readonly viewerId: Id,
    readonly conversationId: Id,
  ) {
    super();
  }
}
