import type { DomainEvent, Id } from '@preau/kernel';

/** A teacher took a published article back to draft: readers no longer see it. */
export class ArticleUnpublished implements DomainEvent {
  static readonly TYPE = 'publication.article-unpublished';
  readonly type = ArticleUnpublished.TYPE;
  constructor(
    readonly articleId: Id,
    readonly classId: Id,
    readonly authorId: Id,
    readonly unpublishedBy: Id,
    readonly at: Date,
  ) {}
}
