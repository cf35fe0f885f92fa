import type { DomainEvent, Id } from '@preau/kernel';

/** A pupil handed their draft to the teachers of the class. */
export class ArticleSubmitted implements DomainEvent {
  static readonly TYPE = 'publication.article-submitted';
  readonly type = ArticleSubmitted.TYPE;
  constructor(
    readonly articleId: Id,
    readonly classId: Id,
    readonly authorId: Id,
    readonly at: Date,
  ) {}
}
