import { Query } from '../messages';
import type { Role } from '../identity';
import type { PickableRecipientView, RecipientGroupView } from '../directory';
import type { MediaItemView } from '../media';

/** The closed messaging's published language (docs/product/api-conventions.md, messaging routes). */
export const MESSAGE_STATUSES = ['delivered', 'held', 'refused', 'hidden'] as const;
/**
 * `delivered`: the recipients have it. `held`: a pupil's message waiting for a teacher of the pupil's class.
 * `refused`: a teacher refused it (only its author sees it, with the teacher's note). `hidden`: a teacher hid
 * it; everyone sees "message hidden by the teacher" instead (its `body` is null, the client writes the marker).
 */
export type MessageStatus = (typeof MESSAGE_STATUSES)[number];

export const CONVERSATION_KINDS = ['conversation', 'broadcast'] as const;
/** `broadcast`: the recipients may not all write to each other; each one sees only the sender, and replies go to the sender. */
export type ConversationKind = (typeof CONVERSATION_KINDS)[number];

export const MESSAGING_FOLDERS = ['inbox', 'sent', 'drafts'] as const;
export type MessagingFolder = (typeof MESSAGING_FOLDERS)[number];

export const MESSAGE_BODY_MAX_CHARS = 10_000;
export const MESSAGE_SUBJECT_MAX_CHARS = 200;
export const MESSAGE_ATTACHMENTS_MAX = 10;
export const MODERATION_NOTE_MAX_CHARS = 500;

/** A person as messaging shows them: name, role, and where they stand ("CE2 A", "parent de Léa"). */
export interface ParticipantView {
  id: string;
  displayName: string;
  role: Role;
  context: string;
}

export interface LastMessageView {
  id: string;
  authorId: string;
  /** Plain text, the first ~140 characters; null when the message is hidden by a teacher. */
  excerpt: string | null;
  sentAt: string;
  status: MessageStatus;
}

/** One line of a folder. */
export interface ConversationSummary {
  id: string;
  subject: string;
  kind: ConversationKind;
  /** As the caller is shown them: a broadcast's recipient sees only the sender and themselves. */
  participants: ParticipantView[];
  /** Messages delivered to the caller that they have not opened yet. */
  unread: number;
  /** The last message the caller may see. */
  lastMessage: LastMessageView | null;
  /** Attachments in the messages the caller may see. */
  hasAttachments: boolean;
}

export interface ConversationPage {
  items: ConversationSummary[];
  nextCursor: string | null;
}

/** What the caller may do with a message now (the server checks again on every call). */
export interface MessagePermissions {
  report: boolean;
  hide: boolean;
}

export interface ThreadMessageView {
  id: string;
  author: ParticipantView;
  /** Exactly as written (line breaks included); clients show it as text, never as markup. Null when hidden. */
  body: string | null;
  sentAt: string;
  status: MessageStatus;
  /** The people it went to, as the caller may know them. */
  recipientIds: string[];
  attachments: MediaItemView[];
  /** The teacher's note, shown to the author of a refused message only. */
  moderationNote: string | null;
  /** For the author of the message only: who of its recipients has opened it, and when (read receipts). */
  readBy?: { personId: string; readAt: string }[];
  /** True when the caller reported it. */
  reportedByMe: boolean;
  permissions: MessagePermissions;
}

export interface ThreadView {
  id: string;
  subject: string;
  kind: ConversationKind;
  createdBy: string;
  participants: ParticipantView[];
  messages: ThreadMessageView[];
  /** Whether the caller may reply now (module and school switches, blocked accounts). */
  canReply: boolean;
  /** Whom a reply goes to by default. */
  replyTo: string[];
}

export interface StartConversationRequest {
  recipientIds: string[];
  subject: string;
  body: string;
  attachmentIds?: string[];
  /** The draft this message was written in: deleted once sent. */
  draftId?: string;
}

export interface SentMessage {
  /** The conversation. */
  id: string;
  messageId: string;
  status: 'delivered' | 'held';
}

export interface ReplyRequest {
  body: string;
  attachmentIds?: string[];
  /** Only for the sender of a broadcast: answer some recipients only. */
  to?: string[];
}

export interface DraftView {
  id: string;
  recipients: ParticipantView[];
  subject: string;
  body: string;
  attachmentIds: string[];
  updatedAt: string;
}

export interface SaveDraftRequest {
  recipientIds?: string[];
  subject?: string;
  body?: string;
  attachmentIds?: string[];
}

export interface RefuseMessageRequest {
  note: string;
}

export interface ReportMessageRequest {
  reason?: string;
}

/** A message as a moderating teacher sees it in the class's queue. */
export interface ModeratedMessageView {
  id: string;
  conversationId: string;
  subject: string;
  author: ParticipantView;
  recipients: ParticipantView[];
  body: string;
  sentAt: string;
  status: MessageStatus;
  attachments: MediaItemView[];
  reports: { by: ParticipantView; reason: string | null; at: string }[];
}

export interface MessagingModerationView {
  classId: string;
  /** Pupils' messages waiting for a teacher of the class, oldest first. */
  held: ModeratedMessageView[];
  /** Reported messages of conversations in which a pupil of the class takes part, not hidden yet, newest first. */
  reported: ModeratedMessageView[];
  counts: { held: number; reported: number };
}

export interface RecipientsView {
  people: PickableRecipientView[];
  groups: RecipientGroupView[];
}

export interface UnreadView {
  total: number;
}

/** The live events pushed on `GET /notifications/stream` (server-sent events). */
export const LIVE_EVENT_TYPES = ['message.received', 'messaging.unread', 'messaging.held'] as const;
export type LiveEventType = (typeof LIVE_EVENT_TYPES)[number];

/** `message.received`: a message reached the person (sent, or approved by a teacher). */
export interface MessageReceivedLiveEvent {
  conversationId: string;
  messageId: string;
  authorId: string;
  unread: { conversation: number; total: number };
}

/** `messaging.unread`: the person's unread count changed elsewhere (read on another device). */
export interface UnreadChangedLiveEvent {
  total: number;
}

/** `messaging.held`: a teacher's held queue changed (a pupil's message waits, or was moderated). */
export interface HeldQueueLiveEvent {
  classId: string;
  held: number;
}

/** "May P read message M (and so its attachments)?" → { allowed: boolean } */
export class MayReadMessageQuery extends Query<{ allowed: boolean }> {
  constructor(
    readonly personId: string,
    readonly messageId: string,
  ) {
    super();
  }
}

export * from './events';
