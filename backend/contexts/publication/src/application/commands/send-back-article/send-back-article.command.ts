import { type ArticleView, Command } from '@preau/contracts';
import type { Id } from '@preau/kernel';
import type { PersonSnapshot } from '../../../domain';

export class SendBackArticleCommand extends Command<ArticleView> {
  constructor(
    readonly actor: PersonSnapshot,
    readonly articleId: Id,
    readonly feedback: string,
  ) {
    super();
  }
}
