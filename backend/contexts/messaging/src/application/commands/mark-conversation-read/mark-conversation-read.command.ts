import { Command } from '@preau/contracts';
import type { Id } from '@preau/kernel';

/**
 * The person was shown these messages of the conversation: what was delivered to them up to there is read (their
 * own, held, refused or hidden ones count for nothing). → { changed: boolean }
 */
export class MarkConversationReadCommand extends Command<{ changed: boolean }> {
  constructor(
    readonly actorId: Id,
    readonly conversationId: Id,
    readonly seenMessageIds: readonly Id[],
  ) {
    super();
  }
}
