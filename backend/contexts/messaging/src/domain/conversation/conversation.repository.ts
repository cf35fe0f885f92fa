import type { Role } from '@preau/contracts';
import type { Id } from '@preau/kernel';
import type { Conversation } from './conversation';

/** A person as they were when written to: shown in the conversation even if they move on later. */
export interface ParticipantSnapshot {
  id: Id;
  displayName: string;
  role: Role;
  context: string;
}

export interface ConversationRepository {
  /** A new conversation with its participants (in order). */
  add(conversation: Conversation, participants: readonly ParticipantSnapshot[]): Promise<void>;
  /** Locks the conversation row (replies are written one at a time per conversation). */
  byIdLocked(id: Id): Promise<Conversation | null>;
  /**
   * Something reached these people (or they wrote it) at `at`: their folders list the conversation from then.
   * Each person's order follows only what they may see.
   */
  touchAt(conversationId: Id, personIds: readonly Id[], at: Date): Promise<void>;
}

export const CONVERSATION_REPOSITORY = Symbol('ConversationRepository');
