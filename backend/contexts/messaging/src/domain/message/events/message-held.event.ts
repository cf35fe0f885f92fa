import type { DomainEvent, Id } from '@preau/kernel';

/** A pupil's message waits in their class's held queue: the class's teachers have one more to look at. */
export class MessageHeld implements DomainEvent {
  static readonly TYPE = 'messaging.message-held';
  readonly type = MessageHeld.TYPE;
  constructor(
    readonly messageId: Id,
    readonly conversationId: Id,
    readonly authorId: Id,
    readonly classId: Id,
    readonly at: Date,
  ) {}
}
