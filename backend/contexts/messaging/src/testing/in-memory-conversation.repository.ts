import type { Id } from '@preau/kernel';
import type { Conversation, ConversationRepository, ParticipantSnapshot } from '../domain';

/** Conversations kept in a map, with the participants they were stored with and every `touchAt` in order. */
export class InMemoryConversationRepository implements ConversationRepository {
  readonly stored = new Map<Id, { conversation: Conversation; participants: ParticipantSnapshot[] }>();
  readonly touched: { conversationId: Id; personIds: Id[]; at: Date }[] = [];

  async add(conversation: Conversation, participants: readonly ParticipantSnapshot[]): Promise<void> {
    this.stored.set(conversation.id, { conversation, participants: [...participants] });
  }

  async byIdLocked(id: Id): Promise<Conversation | null> {
    return this.stored.get(id)?.conversation ?? null;
  }

  async touchAt(conversationId: Id, personIds: readonly Id[], at: Date): Promise<void> {
    this.touched.push({ conversationId, personIds: [...personIds], at });
  }
}
