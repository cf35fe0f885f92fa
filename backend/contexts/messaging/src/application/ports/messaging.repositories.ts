import type { ParticipantView } from '@preau/contracts';
import type { Id } from '@preau/kernel';
import type { Conversation, Message } from '../../domain';

/** A person as they were when written to: shown in the conversation even if they move on later. */
export type ParticipantSnapshot = ParticipantView;

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

export interface MessageRepository {
  /** `pupilClassIds`: the classes of the pupils among its author and recipients, whose teachers moderate it. */
  add(message: Message, pupilClassIds: readonly Id[]): Promise<void>;
  /** With the row locked for the moderation or report that follows, and its moderating classes. */
  byIdLocked(id: Id): Promise<{ message: Message; pupilClassIds: Id[] } | null>;
  update(message: Message): Promise<void>;
  /**
   * Messages the author wrote since `since`, counted under a lock held until the transaction ends, so that
   * two sends at once cannot both pass the last free place.
   */
  countSentSinceLocked(authorId: Id, since: Date): Promise<{ count: number; oldest: Date | null }>;
}

export interface DraftRecord {
  id: Id;
  authorId: Id;
  recipientIds: Id[];
  subject: string;
  body: string;
  attachmentIds: Id[];
  createdAt: Date;
  updatedAt: Date;
}

export interface DraftRepository {
  byId(id: Id): Promise<DraftRecord | null>;
  countOf(authorId: Id): Promise<number>;
  save(draft: DraftRecord): Promise<void>;
  delete(id: Id): Promise<void>;
}

export const CONVERSATION_REPOSITORY = Symbol('ConversationRepository');
export const MESSAGE_REPOSITORY = Symbol('MessageRepository');
export const DRAFT_REPOSITORY = Symbol('DraftRepository');
