import { type ArticlePage, type ArticleStatus, Query } from '@preau/contracts';
import type { Id } from '@preau/kernel';

export class ListArticlesQuery extends Query<ArticlePage> {
  constructor(
    readonly viewerId: Id,
    readonly classId: Id,
    readonly filter: { status?: ArticleStatus; cursor?: string; limit: number },
  ) {
    super();
  }
}
