import { Command } from '@preau/contracts';
import type { ArticleView } from '@preau/contracts';
import type { Id } from '@preau/kernel';
import type { PersonSnapshot } from '../ports/article.repository';

export class CreateArticleCommand extends Command<ArticleView> {
  constructor(
    readonly actor: PersonSnapshot,
    readonly classId: Id,
    readonly input: { title: string; body: string; mediaIds?: Id[]; publish?: boolean },
  ) {
    super();
  }
}

export class UpdateArticleCommand extends Command<ArticleView> {
  constructor(
    readonly actor: PersonSnapshot,
    readonly articleId: Id,
    readonly changes: { title?: string; body?: string; mediaIds?: Id[] },
  ) {
    super();
  }
}

export type ArticleMove = 'submit' | 'publish' | 'unpublish';

/** submit (the pupil author), publish or unpublish (a teacher of the class). */
export class MoveArticleCommand extends Command<ArticleView> {
  constructor(
    readonly actor: PersonSnapshot,
    readonly articleId: Id,
    readonly move: ArticleMove,
  ) {
    super();
  }
}

export class SendBackArticleCommand extends Command<ArticleView> {
  constructor(
    readonly actor: PersonSnapshot,
    readonly articleId: Id,
    readonly feedback: string,
  ) {
    super();
  }
}

export class DeleteArticleCommand extends Command<void> {
  constructor(
    readonly actor: PersonSnapshot,
    readonly articleId: Id,
  ) {
    super();
  }
}

/** A reader opened a published article (reading receipts for the teacher; "new" badges for the reader). */
export class RecordArticleReadCommand extends Command<void> {
  constructor(
    readonly reader: PersonSnapshot,
    readonly articleId: Id,
  ) {
    super();
  }
}
