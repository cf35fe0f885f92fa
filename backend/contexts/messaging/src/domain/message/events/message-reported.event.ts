import type { DomainEvent, Id } from '@preau/kernel';

/** A recipient reported a message: the teachers of the pupils taking part are told (audited). */
export class MessageReported implements DomainEvent {
  static readonly TYPE = 'messaging.message-reported';
  readonly type = MessageReported.TYPE;
  constructor(
    readonly messageId: Id,
    readonly conversationId: Id,
    readonly authorId: Id,
    readonly reportedBy: Id,
    readonly reason: string | null,
    readonly at: Date,
  ) {}
}
