import { AggregateRoot, checkRule, type Id } from '@preau/kernel';
import { type Author, type Moderator, unique } from '../people';
import { MessageApproved, MessageHeld, MessageHidden, MessageRefused, MessageReported, MessageSent } from './events';
import type { MessageReport, MessageStatus } from './message-types';
import {
  aMessageCarriesAtMost10Attachments,
  aMessageIsOneTo10000Characters,
  aMessageIsReportedOncePerPerson,
  aRefusalNoteIsOneTo500Characters,
  aReportReasonIsAtMost500Characters,
  attachmentsAreReferencedById,
  onlyADeliveredMessageIsHidden,
  onlyADeliveredMessageIsReported,
  onlyAHeldMessageIsApprovedOrRefused,
  onlyARecipientReportsAMessage,
  onlyATeacherOfAPupilTakingPartHides,
  onlyATeacherOfThePupilsClassModerates,
} from './rules';

/** Everything a message is. */
export interface MessageState {
  id: Id;
  conversationId: Id;
  authorId: Id;
  /** Whom it is addressed to (never the author): in a broadcast, a recipient's reply names the sender only. */
  recipientIds: Id[];
  /** Plain text exactly as written, line breaks and spaces included; clients display it as text. Kept when hidden (audit). */
  body: string;
  attachmentIds: Id[];
  sentAt: Date;
  /** When the recipients got it: `sentAt`, or the approval of a held message; null while held or once refused. */
  deliveredAt: Date | null;
  status: MessageStatus;
  /** The pupil's class whose held queue the message went to; null when it was never held. */
  heldInClassId: Id | null;
  /** The teacher's words to the pupil when refusing. */
  moderationNote: string | null;
  /** The teacher who last approved, refused or hid it, and when. */
  moderatedBy: Id | null;
  moderatedAt: Date | null;
  reports: MessageReport[];
  /** The classes of the pupils among its author and recipients: their teachers moderate it (hide it, see it reported). */
  pupilClassIds: Id[];
}

/** A message as `Conversation.start` and `Conversation.reply` write it, once they settled whom it goes to. */
export interface WriteMessage {
  id: Id;
  conversationId: Id;
  author: Author;
  recipientIds: readonly Id[];
  body: string;
  attachmentIds?: readonly Id[];
  /**
   * The class of each pupil among the recipients, as the directory answers (the author's is `author.pupilClass`):
   * the teachers of these classes moderate the message. Someone absent from it is not a pupil.
   */
  pupilClasses?: ReadonlyMap<Id, Id>;
  now: Date;
}

/**
 * One message of a conversation. A pupil's message, when their class holds pupils' messages, waits for
 * a teacher of that class, who approves it (delivered) or refuses it with a note (refused); a teacher of
 * a pupil taking part may hide a delivered message; a recipient may report it once.
 * Who-may rules answer FORBIDDEN and are checked first, then the state (CONFLICT), then the input
 * (VALIDATION_FAILED). Whom the message may go to is the conversation's question, not this one's.
 */
export class Message extends AggregateRoot {
  readonly id!: Id;
  readonly conversationId!: Id;
  readonly authorId!: Id;
  /** Whom it is addressed to (never the author). */
  readonly recipientIds!: readonly Id[];
  /** Plain text exactly as written; kept when hidden (audit). */
  readonly body!: string;
  readonly attachmentIds!: readonly Id[];
  readonly sentAt!: Date;
  deliveredAt!: Date | null;
  status!: MessageStatus;
  readonly heldInClassId!: Id | null;
  moderationNote!: string | null;
  moderatedBy!: Id | null;
  moderatedAt!: Date | null;
  readonly reports!: MessageReport[];
  /**
   * The classes of the pupils among its author and recipients, settled when it is written: their teachers moderate
   * it (each message has its own: in a broadcast, a family's private reply concerns only that family's pupil).
   */
  readonly pupilClassIds!: readonly Id[];

  private constructor(state?: MessageState) {
    super();
    // Without a state, MikroORM is building a loaded message (it sets the fields next).
    if (state) Object.assign(this, state);
  }

  /** Not for the application: messages are written by `Conversation.start` and `Conversation.reply`. */
  static write(props: WriteMessage): Message {
    checkRule(aMessageIsOneTo10000Characters(props.body));
    const attachmentIds = validAttachmentIds(props.attachmentIds ?? []);
    const heldIn = props.author.pupilClass?.holdPupilMessages ? props.author.pupilClass.classId : null;
    const recipientIds = unique(props.recipientIds);
    const pupilClassIds = unique(
      [props.author.pupilClass?.classId, ...recipientIds.map((id) => props.pupilClasses?.get(id))].filter(
        (classId): classId is Id => classId !== undefined,
      ),
    );
    const message = new Message({
      id: props.id,
      conversationId: props.conversationId,
      authorId: props.author.id,
      recipientIds,
      body: props.body,
      attachmentIds,
      sentAt: props.now,
      deliveredAt: heldIn === null ? props.now : null,
      status: heldIn === null ? 'delivered' : 'held',
      heldInClassId: heldIn,
      moderationNote: null,
      moderatedBy: null,
      moderatedAt: null,
      reports: [],
      pupilClassIds,
    });
    if (heldIn === null) message.recordSent(props.now);
    else message.record(new MessageHeld(message.id, message.conversationId, message.authorId, heldIn, props.now));
    return message;
  }

  /** A message in a given state (the domain's specs): no rule runs, no event is recorded. */
  static restore(state: MessageState): Message {
    return new Message(copy(state));
  }

  /** A teacher of the pupil's class lets a held message through: it reaches its recipients now. */
  approve(by: Moderator, now: Date): void {
    checkRule(onlyATeacherOfThePupilsClassModerates(this.heldInClassId, by));
    checkRule(onlyAHeldMessageIsApprovedOrRefused(this.status));
    const heldIn = this.heldInClassId as Id; // a held message always has its class (the rules above passed)
    Object.assign(this, { status: 'delivered', deliveredAt: now, moderatedBy: by.id, moderatedAt: now });
    this.record(new MessageApproved(this.id, this.conversationId, this.authorId, heldIn, by.id, now));
    this.recordSent(now);
  }

  /** A teacher of the pupil's class refuses a held message, telling the pupil why: it never reaches anyone. */
  refuse(by: Moderator, note: string, now: Date): void {
    checkRule(onlyATeacherOfThePupilsClassModerates(this.heldInClassId, by));
    checkRule(onlyAHeldMessageIsApprovedOrRefused(this.status));
    checkRule(aRefusalNoteIsOneTo500Characters(note));
    const words = note.trim();
    const heldIn = this.heldInClassId as Id;
    Object.assign(this, { status: 'refused', moderationNote: words, moderatedBy: by.id, moderatedAt: now });
    this.record(new MessageRefused(this.id, this.conversationId, this.authorId, heldIn, by.id, words, now));
  }

  /**
   * A teacher of a class one of whose pupils takes part hides a delivered message; everyone then sees
   * the marker instead (see `viewMessage`).
   */
  hide(by: Moderator, now: Date): void {
    checkRule(onlyATeacherOfAPupilTakingPartHides(this.pupilClassIds, by));
    checkRule(onlyADeliveredMessageIsHidden(this.status));
    Object.assign(this, { status: 'hidden', moderatedBy: by.id, moderatedAt: now });
    this.record(new MessageHidden(this.id, this.conversationId, this.authorId, by.id, now));
  }

  /** Someone the message was delivered to reports it to the teachers, once, optionally saying why. */
  report(by: Id, reason: string | null, now: Date): void {
    checkRule(onlyARecipientReportsAMessage(this.recipientIds, by));
    checkRule(onlyADeliveredMessageIsReported(this.status));
    checkRule(aMessageIsReportedOncePerPerson(this.reports, by));
    checkRule(aReportReasonIsAtMost500Characters(reason));
    const words = reason?.trim() || null;
    this.reports.push({ by, reason: words, at: now });
    this.record(new MessageReported(this.id, this.conversationId, this.authorId, by, words, now));
  }

  private recordSent(at: Date): void {
    this.record(
      new MessageSent(this.id, this.conversationId, this.authorId, [...this.recipientIds], [...this.attachmentIds], at),
    );
  }
}

function copy(state: MessageState): MessageState {
  return {
    ...state,
    recipientIds: [...state.recipientIds],
    attachmentIds: [...state.attachmentIds],
    reports: state.reports.map((r) => ({ ...r })),
    pupilClassIds: [...state.pupilClassIds],
  };
}

/** Media are referenced by id; the same item attached twice counts once (order of first use kept). */
function validAttachmentIds(attachmentIds: readonly Id[]): Id[] {
  checkRule(attachmentsAreReferencedById(attachmentIds));
  const ids = unique(attachmentIds);
  checkRule(aMessageCarriesAtMost10Attachments(ids));
  return ids;
}
