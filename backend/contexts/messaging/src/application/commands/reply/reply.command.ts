import { Command, type ReplyRequest, type SentMessage } from '@preau/contracts';
import type { Id } from '@preau/kernel';

/** Answer inside a conversation one takes part in. → SentMessage */
export class ReplyCommand extends Command<SentMessage> {
  constructor(
    readonly actorId: Id,
    readonly conversationId: Id,
    readonly input: ReplyRequest,
  ) {
    super();
  }
}
