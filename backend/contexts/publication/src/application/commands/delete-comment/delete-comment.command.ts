import { Command } from '@preau/contracts';
import type { Id } from '@preau/kernel';
import type { PersonSnapshot } from '../../../domain';

export class DeleteCommentCommand extends Command<void> {
  constructor(
    readonly actor: PersonSnapshot,
    readonly commentId: Id,
  ) {
    super();
  }
}
