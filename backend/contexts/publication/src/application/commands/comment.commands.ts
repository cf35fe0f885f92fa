import { Command } from '@preau/contracts';
import type { CommentView } from '@preau/contracts';
import type { Id } from '@preau/kernel';
import type { PersonSnapshot } from '../ports/article.repository';

export class CreateCommentCommand extends Command<CommentView> {
  constructor(
    readonly actor: PersonSnapshot,
    readonly articleId: Id,
    readonly body: string,
  ) {
    super();
  }
}

/** approve (show) or hide, by a teacher of the class. */
export class ModerateCommentCommand extends Command<CommentView> {
  constructor(
    readonly actor: PersonSnapshot,
    readonly commentId: Id,
    readonly decision: 'approve' | 'hide',
  ) {
    super();
  }
}

export class DeleteCommentCommand extends Command<void> {
  constructor(
    readonly actor: PersonSnapshot,
    readonly commentId: Id,
  ) {
    super();
  }
}
