import type { DomainEvent, Id } from '@preau/kernel';

/**
 * The message reached its recipients: at once, or when a teacher approved a held one (then
 * `at` is the approval). What live delivery, unread counts and media usages follow.
 */
export class MessageSent implements DomainEvent {
  static readonly TYPE = 'messaging.message-sent';
  readonly type = MessageSent.TYPE;
  constructor(
    readonly messageId: Id,
    readonly conversationId: Id,
    readonly authorId: Id,
    readonly recipientIds: readonly Id[],
    readonly attachmentIds: readonly Id[],
    readonly at: Date,
  ) {}
}
