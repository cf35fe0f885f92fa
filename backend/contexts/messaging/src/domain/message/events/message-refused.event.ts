import type { DomainEvent, Id } from '@preau/kernel';

/** A teacher refused a held message: it reaches no one, and its author reads the teacher's note. */
export class MessageRefused implements DomainEvent {
  static readonly TYPE = 'messaging.message-refused';
  readonly type = MessageRefused.TYPE;
  constructor(
    readonly messageId: Id,
    readonly conversationId: Id,
    readonly authorId: Id,
    /** The class whose held queue it left. */
    readonly classId: Id,
    readonly refusedBy: Id,
    readonly note: string,
    readonly at: Date,
  ) {}
}
