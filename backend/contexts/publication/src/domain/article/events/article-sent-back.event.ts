import type { DomainEvent, Id } from '@preau/kernel';

/** A teacher sent a submitted article back to its author as a draft, with feedback. */
export class ArticleSentBack implements DomainEvent {
  static readonly TYPE = 'publication.article-sent-back';
  readonly type = ArticleSentBack.TYPE;
  constructor(
    readonly articleId: Id,
    readonly classId: Id,
    readonly authorId: Id,
    readonly sentBackBy: Id,
    readonly feedback: string,
    readonly at: Date,
  ) {}
}
