import { type ArticleReadersView, Query } from '@preau/contracts';
import type { Id } from '@preau/kernel';

export class GetArticleReadersQuery extends Query<ArticleReadersView> {
  constructor(
    readonly viewerId: Id,
    readonly articleId: Id,
  ) {
    super();
  }
}
