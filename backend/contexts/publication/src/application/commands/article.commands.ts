import type { Id } from '@preau/kernel';
import type { PersonSnapshot } from '../ports/article.repository';

export class CreateArticleCommand {
  constructor(
    readonly actor: PersonSnapshot,
    readonly classId: Id,
    readonly input: { title: string; body: string; mediaIds?: Id[]; publish?: boolean },
  ) {}
}

export class UpdateArticleCommand {
  constructor(
    readonly actor: PersonSnapshot,
    readonly articleId: Id,
    readonly changes: { title?: string; body?: string; mediaIds?: Id[] },
  ) {}
}

export type ArticleMove = 'submit' | 'publish' | 'unpublish';

/** submit (the pupil author), publish or unpublish (a teacher of the class). */
export class MoveArticleCommand {
  constructor(
    readonly actor: PersonSnapshot,
    readonly articleId: Id,
    readonly move: ArticleMove,
  ) {}
}

export class SendBackArticleCommand {
  constructor(
    readonly actor: PersonSnapshot,
    readonly articleId: Id,
    readonly feedback: string,
  ) {}
}

export class DeleteArticleCommand {
  constructor(
    readonly actor: PersonSnapshot,
    readonly articleId: Id,
  ) {}
}

/** A reader opened a published article (reading receipts for the teacher; "new" badges for the reader). */
export class RecordArticleReadCommand {
  constructor(
    readonly reader: PersonSnapshot,
    readonly articleId: Id,
  ) {}
}
