import { type UnreadView, Query } from '@preau/contracts';
import type { Id } from '@preau/kernel';

/** → UnreadView */
export class GetUnreadQuery extends Query<UnreadView> {
  constructor(readonly viewerId: Id) {
    super();
  }
}
