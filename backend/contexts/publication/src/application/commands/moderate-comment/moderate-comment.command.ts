import { Command, type CommentView } from '@preau/contracts';
import type { Id } from '@preau/kernel';
import type { PersonSnapshot } from '../../../domain';

/** approve (show) or hide, by a teacher of the class. */
export class ModerateCommentCommand extends Command<CommentView> {
  constructor(
    readonly actor: PersonSnapshot,
    readonly commentId: Id,
    readonly decision: 'approve' | 'hide',
  ) {
    super();
  }
}
