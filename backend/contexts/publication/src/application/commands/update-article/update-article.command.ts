import { type ArticleView, Command } from '@preau/contracts';
import type { Id } from '@preau/kernel';
import type { PersonSnapshot } from '../../../domain';

export class UpdateArticleCommand extends Command<ArticleView> {
  constructor(
    readonly actor: PersonSnapshot,
    readonly articleId: Id,
    readonly changes: { title?: string; body?: string; mediaIds?: Id[] },
  ) {
    super();
  }
}
