import { Command, type CommentView } from '@preau/contracts';
import type { Id } from '@preau/kernel';
import type { PersonSnapshot } from '../../../domain';

export class CreateCommentCommand extends Command<CommentView> {
  constructor(
    readonly actor: PersonSnapshot,
    readonly articleId: Id,
    readonly body: string,
  ) {
    super();
  }
}
