import { type ArticleView, Command } from '@preau/contracts';
import type { Id } from '@preau/kernel';
import type { PersonSnapshot } from '../../../domain';

export class CreateArticleCommand extends Command<ArticleView> {
  constructor(
    readonly actor: PersonSnapshot,
    readonly classId: Id,
    readonly input: { title: string; body: string; mediaIds?: Id[]; publish?: boolean },
  ) {
    super();
  }
}
