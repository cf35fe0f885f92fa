import type { DomainEvent, Id } from '@preau/kernel';

/** A comment was held: the class's teachers have one more to approve or hide. */
export class CommentAwaitingModeration implements DomainEvent {
  static readonly TYPE = 'publication.comment-awaiting-moderation';
  readonly type = CommentAwaitingModeration.TYPE;
  constructor(
    readonly commentId: Id,
    readonly articleId: Id,
    readonly authorId: Id,
    readonly at: Date,
  ) {}
}
