import { Command } from '@preau/contracts';
import type { Id } from '@preau/kernel';
import type { PersonSnapshot } from '../../../domain';

export class DeleteArticleCommand extends Command<void> {
  constructor(
    readonly actor: PersonSnapshot,
    readonly articleId: Id,
  ) {
    super();
  }
}
