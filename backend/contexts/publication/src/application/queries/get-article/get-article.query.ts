import { type ArticleView, Query } from '@preau/contracts';
import type { Id } from '@preau/kernel';

export class GetArticleQuery extends Query<ArticleView> {
  constructor(
    readonly viewerId: Id,
    readonly articleId: Id,
  ) {
    super();
  }
}
