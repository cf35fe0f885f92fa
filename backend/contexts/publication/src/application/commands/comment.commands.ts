import type { Id } from '@preau/kernel';
import type { PersonSnapshot } from '../ports/article.repository';

export class CreateCommentCommand {
  constructor(
    readonly actor: PersonSnapshot,
    readonly articleId: Id,
    readonly body: string,
  ) {}
}

/** approve (show) or hide, by a teacher of the class. */
export class ModerateCommentCommand {
  constructor(
    readonly actor: PersonSnapshot,
    readonly commentId: Id,
    readonly decision: 'approve' | 'hide',
  ) {}
}

export class DeleteCommentCommand {
  constructor(
    readonly actor: PersonSnapshot,
    readonly commentId: Id,
  ) {}
}
