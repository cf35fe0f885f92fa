import type { DomainEvent, Id } from '@preau/kernel';

/** A teacher hid a delivered message: from now on everyone sees the marker instead (audited). */
export class MessageHidden implements DomainEvent {
  static readonly TYPE = 'messaging.message-hidden';
  readonly type = MessageHidden.TYPE;
  constructor(
    readonly messageId: Id,
    readonly conversationId: Id,
    readonly authorId: Id,
    readonly hiddenBy: Id,
    readonly at: Date,
  ) {}
}
