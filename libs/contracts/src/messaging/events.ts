import { defineEvent } from '../events';

interface MessageEventPayload {
  messageId: string;
  conversationId: string;
  authorId: string;
  /** Where the act is filed in the audit log (the school where it happened), when known. */
  schoolId?: string;
  /** ISO time. */
  at: string;
}
export interface MessageSentPayload extends MessageEventPayload {
  recipientIds: string[];
  attachmentIds: string[];
}
export interface MessageHeldPayload extends MessageEventPayload {
  classId: string;
}
export interface MessageApprovedPayload extends MessageHeldPayload {
  approvedBy: string;
}
/** The refusal note stays in messaging: it is a teacher's words to a pupil. */
export interface MessageRefusedPayload extends MessageHeldPayload {
  refusedBy: string;
}
export interface MessageHiddenPayload extends MessageEventPayload {
  hiddenBy: string;
}
/** The report's reason stays in messaging. */
export interface MessageReportedPayload extends MessageEventPayload {
  reportedBy: string;
}
/** A message refused before anything was stored (recipients, limits, switches): audited, without its text. */
export interface SendingRefusedPayload {
  code: string;
  schoolId: string | null;
  [detail: string]: unknown;
}

/** Integration events of the messaging context. */
export const MessagingEvents = {
  MessageSent: defineEvent<MessageSentPayload>('messaging.message-sent'),
  MessageHeld: defineEvent<MessageHeldPayload>('messaging.message-held'),
  MessageApproved: defineEvent<MessageApprovedPayload>('messaging.message-approved'),
  MessageRefused: defineEvent<MessageRefusedPayload>('messaging.message-refused'),
  MessageHidden: defineEvent<MessageHiddenPayload>('messaging.message-hidden'),
  MessageReported: defineEvent<MessageReportedPayload>('messaging.message-reported'),
  SendingRefused: defineEvent<SendingRefusedPayload>('messaging.sending-refused'),
} as const;
