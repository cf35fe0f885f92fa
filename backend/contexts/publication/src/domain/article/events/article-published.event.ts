import type { DomainEvent, Id } from '@preau/kernel';

/** The article is readable by everyone who may read the class blog (`publishedBy` is the author for a teacher's direct publication). */
export class ArticlePublished implements DomainEvent {
  static readonly TYPE = 'publication.article-published';
  readonly type = ArticlePublished.TYPE;
  constructor(
    readonly articleId: Id,
    readonly classId: Id,
    readonly authorId: Id,
    readonly publishedBy: Id,
    readonly mediaIds: readonly Id[],
    readonly at: Date,
  ) {}
}
