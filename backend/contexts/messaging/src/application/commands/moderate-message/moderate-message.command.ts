import { Command } from '@preau/contracts';
import type { Id } from '@preau/kernel';

export type ModerationMove = 'approve' | 'refuse' | 'hide';

/** A teacher lets a held message through, refuses it with a note, or hides a delivered one. → void */
export class ModerateMessageCommand extends Command<void> {
  constructor(
    readonly actorId: Id,
    readonly messageId: Id,
    readonly move: ModerationMove,
    readonly note?: string,
  ) {
    super();
  }
}
