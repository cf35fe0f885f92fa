import { type CommentPage, Query } from '@preau/contracts';
import type { Id } from '@preau/kernel';

export class ListCommentsQuery extends Query<CommentPage> {
  constructor(
    readonly viewerId: Id,
    readonly articleId: Id,
  ) {
    super();
  }
}
