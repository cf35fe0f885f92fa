import { type ArticleView, Command } from '@preau/contracts';
import type { Id } from '@preau/kernel';
import type { PersonSnapshot } from '../../../domain';

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
