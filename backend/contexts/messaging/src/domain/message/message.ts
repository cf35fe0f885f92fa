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

/** Everything a message is, as a repository stores and restores it. */
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
}

/** A message as `Conversation.start` and `Conversation.reply` write it, once they settled whom it goes to. */
export interface WriteMessage {
  id: Id;
  conversationId: Id;
  author: Author;
  recipientIds: readonly Id[];
  body: string;
  attachmentIds?: readonly Id[];
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
  private constructor(private readonly state: MessageState) {
    super();
  }

  /** Not for the application: messages are written by `Conversation.start` and `Conversation.reply`. */
  static write(props: WriteMessage): Message {
    checkRule(aMessageIsOneTo10000Characters(props.body));
    const attachmentIds = validAttachmentIds(props.attachmentIds ?? []);
    const heldIn = props.author.pupilClass?.holdPupilMessages ? props.author.pupilClass.classId : null;
    const message = new Message({
      id: props.id,
      conversationId: props.conversationId,
      authorId: props.author.id,
      recipientIds: unique(props.recipientIds),
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
    });
    if (heldIn === null) message.recordSent(props.now);
    else message.record(new MessageHeld(message.id, message.conversationId, message.authorId, heldIn, props.now));
    return message;
  }

  /** Rebuilds a message from storage: no rule runs, no event is recorded. */
  static restore(state: MessageState): Message {
    return new Message(copy(state));
  }

  get id(): Id { return this.state.id; }
  get conversationId(): Id { return this.state.conversationId; }
  get authorId(): Id { return this.state.authorId; }
  get recipientIds(): readonly Id[] { return this.state.recipientIds; }
  get body(): string { return this.state.body; }
  get attachmentIds(): readonly Id[] { return this.state.attachmentIds; }
  get sentAt(): Date { return this.state.sentAt; }
  get deliveredAt(): Date | null { return this.state.deliveredAt; }
  get status(): MessageStatus { return this.state.status; }
  get heldInClassId(): Id | null { return this.state.heldInClassId; }
  get moderationNote(): string | null { return this.state.moderationNote; }
  get moderatedBy(): Id | null { return this.state.moderatedBy; }
  get moderatedAt(): Date | null { return this.state.moderatedAt; }
  get reports(): readonly MessageReport[] { return this.state.reports; }

  /** A copy of the state, for the repository. */
  snapshot(): MessageState {
    return copy(this.state);
  }

  /** A teacher of the pupil's class lets a held message through: it reaches its recipients now. */
  approve(by: Moderator, now: Date): void {
    checkRule(onlyATeacherOfThePupilsClassModerates(this.state.heldInClassId, by));
    checkRule(onlyAHeldMessageIsApprovedOrRefused(this.state.status));
    const heldIn = this.state.heldInClassId as Id; // a held message always has its class (the rules above passed)
    Object.assign(this.state, { status: 'delivered', deliveredAt: now, moderatedBy: by.id, moderatedAt: now });
    this.record(new MessageApproved(this.id, this.conversationId, this.authorId, heldIn, by.id, now));
    this.recordSent(now);
  }

  /** A teacher of the pupil's class refuses a held message, telling the pupil why: it never reaches anyone. */
  refuse(by: Moderator, note: string, now: Date): void {
    checkRule(onlyATeacherOfThePupilsClassModerates(this.state.heldInClassId, by));
    checkRule(onlyAHeldMessageIsApprovedOrRefused(this.state.status));
    checkRule(aRefusalNoteIsOneTo500Characters(note));
    const words = note.trim();
    const heldIn = this.state.heldInClassId as Id;
    Object.assign(this.state, { status: 'refused', moderationNote: words, moderatedBy: by.id, moderatedAt: now });
    this.record(new MessageRefused(this.id, this.conversationId, this.authorId, heldIn, by.id, words, now));
  }

  /**
   * A teacher of a class one of whose pupils takes part hides a delivered message; everyone then sees
   * the marker instead (see `viewMessage`). `pupilClassIds`: the classes of the pupils taking part.
   */
  hide(by: Moderator, pupilClassIds: readonly Id[], now: Date): void {
    checkRule(onlyATeacherOfAPupilTakingPartHides(pupilClassIds, by));
    checkRule(onlyADeliveredMessageIsHidden(this.state.status));
    Object.assign(this.state, { status: 'hidden', moderatedBy: by.id, moderatedAt: now });
    this.record(new MessageHidden(this.id, this.conversationId, this.authorId, by.id, now));
  }

  /** Someone the message was delivered to reports it to the teachers, once, optionally saying why. */
  report(by: Id, reason: string | null, now: Date): void {
    checkRule(onlyARecipientReportsAMessage(this.state.recipientIds, by));
    checkRule(onlyADeliveredMessageIsReported(this.state.status));
    checkRule(aMessageIsReportedOncePerPerson(this.state.reports, by));
    checkRule(aReportReasonIsAtMost500Characters(reason));
    const words = reason?.trim() || null;
    this.state.reports.push({ by, reason: words, at: now });
    this.record(new MessageReported(this.id, this.conversationId, this.authorId, by, words, now));
  }

  private recordSent(at: Date): void {
    this.record(new MessageSent(this.id, this.conversationId, this.authorId, [...this.state.recipientIds], [...this.state.attachmentIds], at));
  }
}

function copy(state: MessageState): MessageState {
  return { ...state, recipientIds: [...state.recipientIds], attachmentIds: [...state.attachmentIds], reports: state.reports.map((r) => ({ ...r })) };
}

/** Media are referenced by id; the same item attached twice counts once (order of first use kept). */
function validAttachmentIds(attachmentIds: readonly Id[]): Id[] {
  checkRule(attachmentsAreReferencedById(attachmentIds));
  const ids = unique(attachmentIds);
  checkRule(aMessageCarriesAtMost10Attachments(ids));
  return ids;
}
