import type { ConversationKind, LastMessageView, MessageStatus, MessagingFolder, ParticipantView } from '@preau/contracts';
import type { Id } from '@preau/kernel';
import type { MessageState } from '../../domain';

export interface ConversationRow {
  id: Id;
  subject: string;
  kind: ConversationKind;
  createdBy: Id;
  participants: ParticipantView[];
  unread: number;
  lastMessage: LastMessageView | null;
  hasAttachments: boolean;
}

export interface ThreadRow {
  id: Id;
  subject: string;
  kind: ConversationKind;
  createdBy: Id;
  participants: (ParticipantView & { lastReadAt: Date | null })[];
  /** Every message as stored, oldest first: the application shows each person what the domain lets them see. */
  messages: MessageState[];
}

export interface ModeratedMessageRow {
  id: Id;
  conversationId: Id;
  subject: string;
  authorId: Id;
  recipientIds: Id[];
  participants: ParticipantView[];
  body: string;
  attachmentIds: Id[];
  sentAt: Date;
  status: MessageStatus;
  reports: { by: Id; reason: string | null; at: Date }[];
}

export interface FolderPage {
  rows: ConversationRow[];
  /** The keyset of the last row, when more may follow. */
  next: { at: Date; id: Id } | null;
}

/** The delivery facts of one message: whom it reached and how many unread each of them has now. */
export interface DeliveryRow {
  messageId: Id;
  conversationId: Id;
  authorId: Id;
  recipients: { personId: Id; unreadInConversation: number; unreadTotal: number }[];
}

/** The read side of messaging, in SQL: folders, threads, counts, the moderation queues. */
export interface MessagingReadModel {
  folder(personId: Id, folder: Exclude<MessagingFolder, 'drafts'>, options: { q?: string; after?: { at: Date; id: Id }; limit: number }): Promise<FolderPage>;
  drafts(personId: Id, options: { q?: string; after?: { at: Date; id: Id }; limit: number }): Promise<FolderPage>;
  /** The conversation as stored (every message), or null; the caller filters what the person may see. */
  thread(conversationId: Id): Promise<ThreadRow | null>;
  /**
   * Marks as read what the person was shown: up to the latest delivery among `seenMessageIds` (times from the
   * database, never a process's clock). True when an unread message became read.
   */
  markRead(conversationId: Id, personId: Id, seenMessageIds: readonly Id[]): Promise<boolean>;
  /** Whether the person sees at least one message of the conversation (else it does not exist for them). */
  seesAny(conversationId: Id, personId: Id): Promise<boolean>;
  unreadTotal(personId: Id): Promise<number>;
  held(classId: Id): Promise<ModeratedMessageRow[]>;
  reported(classId: Id): Promise<ModeratedMessageRow[]>;
  heldCount(classId: Id): Promise<number>;
  /** Whom these messages reached (delivered ones only), with their unread counts now. */
  deliveries(messageIds: readonly Id[]): Promise<DeliveryRow[]>;
  /** Whether the person may read the message: its author, or a recipient once delivered (or hidden). */
  mayRead(personId: Id, messageId: Id): Promise<boolean>;
  /** Whether a teacher of these classes has the message in a moderation queue (held there, or reported). */
  inModerationOf(messageId: Id, classIds: readonly Id[]): Promise<boolean>;
}

export const MESSAGING_READ_MODEL = Symbol('MessagingReadModel');
