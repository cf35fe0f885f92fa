import { Command, type SentMessage, type StartConversationRequest } from '@preau/contracts';
import type { Id } from '@preau/kernel';

/** Write to people: a new conversation (or broadcast) with its first message. → SentMessage */
export class StartConversationCommand extends Command<SentMessage> {
  constructor(
    readonly actorId: Id,
    readonly input: StartConversationRequest,
  ) {
    super();
  }
}
