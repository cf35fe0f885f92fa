import type { DomainEvent, Id } from '@preau/kernel';

/** A teacher let a held message through (recorded with the MessageSent that delivers it). */
export class MessageApproved implements DomainEvent {
  static readonly TYPE = 'messaging.message-approved';
  readonly type = MessageApproved.TYPE;
  constructor(
    readonly messageId: Id,
    readonly conversationId: Id,
    readonly authorId: Id,
    /** The class whose held queue it left. */
    readonly classId: Id,
    readonly approvedBy: Id,
    readonly at: Date,
  ) {}
}
