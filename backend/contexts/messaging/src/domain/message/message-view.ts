import type { Id } from '@preau/kernel';
import type { MessageStatus } from './message-types';

/** A message as one person is shown it. */
export interface MessageView {
  readonly id: Id;
  readonly conversationId: Id;
  readonly authorId: Id;
  readonly sentAt: Date;
  readonly status: MessageStatus;
  /**
   * The text exactly as written; null for a hidden message. The marker ("message masqué par
   * l'enseignant" / "message hidden by the teacher") is the client's to render from `status: 'hidden'`
   * in the reader's language: a marker in `body` would read as if the author had written it.
   */
  readonly body: string | null;
  /** Empty for a hidden message: what was attached goes with the text. */
  readonly attachmentIds: readonly Id[];
  /** The teacher's note, shown to the author of a refused message only. */
  readonly moderationNote: string | null;
}

/** What deciding what someone is shown needs of a message: a `Message`, or a message as the read model found it. */
export interface ShownMessage {
  readonly id: Id;
  readonly conversationId: Id;
  readonly authorId: Id;
  readonly recipientIds: readonly Id[];
  readonly body: string;
  readonly attachmentIds: readonly Id[];
  readonly sentAt: Date;
  readonly status: MessageStatus;
  readonly moderationNote: string | null;
}

/**
 * What `viewerId` is shown of the message, or null when they may not see it at all.
 * The author sees their message in every status (held: waiting; refused: with the note; hidden: the
 * marker). A recipient sees it once delivered, and the marker once hidden; never a held or refused one.
 * Hidden is hidden for everyone, the teacher who hid it included; the text stays stored for the audit.
 * Whether the viewer takes part in the conversation at all is the application's question, asked before.
 */
export function viewMessage(message: ShownMessage, viewerId: Id): MessageView | null {
  const isAuthor = message.authorId === viewerId;
  const isRecipient = message.recipientIds.includes(viewerId);
  if (!isAuthor && !(isRecipient && (message.status === 'delivered' || message.status === 'hidden'))) return null;
  const hidden = message.status === 'hidden';
  return {
    id: message.id,
    conversationId: message.conversationId,
    authorId: message.authorId,
    sentAt: message.sentAt,
    status: message.status,
    body: hidden ? null : message.body,
    attachmentIds: hidden ? [] : [...message.attachmentIds],
    moderationNote: message.status === 'refused' ? message.moderationNote : null,
  };
}
