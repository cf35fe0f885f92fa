import { AggregateRoot, checkRule, type Id } from '@preau/kernel';
import { Message } from '../message/message';
import { type Author, unique } from '../people';
import { checkRuleWithDetails } from '../rule-details';
import type { ConversationKind } from './conversation-types';
import {
  aBroadcastReplyGoesToTheSenderOnly,
  aConversationReplyGoesToEveryone,
  aMessageHasARecipient,
  aSubjectIsOneTo200Characters,
  everyRecipientMayBeWrittenTo,
  noOneWritesToThemselves,
  onlyAParticipantReplies,
  repliesStayInsideTheConversation,
} from './rules';

/** Everything a conversation is (its messages are aggregates of their own). */
export interface ConversationState {
  id: Id;
  subject: string;
  kind: ConversationKind;
  createdBy: Id;
  /** The author of the first message, then its recipients, each once. Nobody joins later. */
  participantIds: Id[];
  createdAt: Date;
  /** When the last message was written (orders the inbox). */
  lastMessageAt: Date;
}

/** What decides who sees whom and whom a reply goes to. */
export type ConversationShape = Pick<ConversationState, 'kind' | 'createdBy'> & { participantIds: readonly Id[] };

export interface StartConversation {
  id: Id;
  messageId: Id;
  author: Author;
  recipientIds: readonly Id[];
  /** The directory's answer: those of `recipientIds` the author may not write to (empty when all may be). */
  refusedRecipientIds: readonly Id[];
  /** The directory's answer: `broadcast` when the recipients may not all write to each other. */
  kind: ConversationKind;
  subject: string;
  body: string;
  attachmentIds?: readonly Id[];
  /** The class of each pupil among the recipients (the directory's answer): their teachers moderate the message. */
  pupilClasses?: ReadonlyMap<Id, Id>;
  now: Date;
}

export interface Reply {
  messageId: Id;
  author: Author;
  body: string;
  attachmentIds?: readonly Id[];
  /**
   * Whom the reply goes to; by default everyone else in a conversation, and in a broadcast the sender
   * (for a recipient) or every recipient (for the sender). Only the sender of a broadcast has a choice:
   * answering one family of the class without writing to all of them.
   */
  to?: readonly Id[];
  /** The class of each pupil among the people in the conversation (the directory's answer). */
  pupilClasses?: ReadonlyMap<Id, Id>;
  now: Date;
}

export interface StartedConversation {
  conversation: Conversation;
  message: Message;
}

/**
 * The people `viewerId` is shown in a conversation (see `Conversation.participantsSeenBy`); for read models
 * that list conversations without restoring them.
 */
export function participantsSeenBy(conversation: ConversationShape, viewerId: Id): Id[] {
  if (!conversation.participantIds.includes(viewerId)) return [];
  if (conversation.kind === 'broadcast' && viewerId !== conversation.createdBy)
    return [conversation.createdBy, viewerId];
  return [...conversation.participantIds];
}

/**
 * Whom a participant's reply goes to when they name no one: everyone else in a conversation; in a broadcast,
 * the sender for a recipient and every recipient for the sender.
 */
export function defaultAddressees(conversation: ConversationShape, authorId: Id): Id[] {
  const others = conversation.participantIds.filter((id) => id !== authorId);
  return conversation.kind === 'broadcast' && authorId !== conversation.createdBy ? [conversation.createdBy] : others;
}

/**
 * A conversation: a subject, the people in it, and its messages (each its own aggregate, written
 * here so that whom a message goes to is settled in one place). Who may write to whom is the
 * directory's to answer: starting takes its answer as input and refuses the whole message when one
 * recipient is refused; afterwards the people in a conversation reply to each other whatever the
 * rules, except that in a broadcast a recipient's reply goes to the sender only.
 */
export class Conversation extends AggregateRoot {
  readonly id!: Id;
  readonly subject!: string;
  readonly kind!: ConversationKind;
  readonly createdBy!: Id;
  /** The author of the first message, then its recipients, each once, in that order. Nobody joins later. */
  readonly participantIds!: readonly Id[];
  readonly createdAt!: Date;
  /** When the last message was written (orders the inbox). */
  lastMessageAt!: Date;

  private constructor(state: ConversationState) {
    super();
    Object.assign(this, state);
  }

  /** Starts a conversation with its first message; nothing is created when a rule breaks. */
  static start(props: StartConversation): StartedConversation {
    checkRuleWithDetails(everyRecipientMayBeWrittenTo(props.refusedRecipientIds));
    const recipientIds = unique(props.recipientIds);
    checkRule(noOneWritesToThemselves(props.author.id, recipientIds));
    checkRule(aMessageHasARecipient(recipientIds));
    checkRule(aSubjectIsOneTo200Characters(props.subject));
    const conversation = new Conversation({
      id: props.id,
      subject: props.subject.trim(),
      // With one recipient, "replies go to the sender only" is what a conversation does anyway.
      kind: recipientIds.length > 1 ? props.kind : 'conversation',
      createdBy: props.author.id,
      participantIds: [props.author.id, ...recipientIds],
      createdAt: props.now,
      lastMessageAt: props.now,
    });
    const message = Message.write({
      id: props.messageId,
      conversationId: props.id,
      author: props.author,
      recipientIds,
      body: props.body,
      attachmentIds: props.attachmentIds,
      pupilClasses: props.pupilClasses,
      now: props.now,
    });
    return { conversation, message };
  }

  isParticipant(personId: Id): boolean {
    return this.participantIds.includes(personId);
  }

  /**
   * The people `viewerId` is shown in the conversation: everyone in a conversation; in a broadcast,
   * everyone for its sender, but only the sender and themselves for a recipient (who never learns
   * which other families got it). Nobody for someone outside it.
   */
  participantsSeenBy(viewerId: Id): Id[] {
    return participantsSeenBy(this, viewerId);
  }

  /** A message from someone already in the conversation, addressed as the conversation's kind allows. */
  reply(props: Reply): Message {
    checkRule(onlyAParticipantReplies(this.participantIds, props.author.id));
    const recipientIds = this.addressees(props.author.id, props.to);
    const message = Message.write({
      id: props.messageId,
      conversationId: this.id,
      author: props.author,
      recipientIds,
      body: props.body,
      attachmentIds: props.attachmentIds,
      pupilClasses: props.pupilClasses,
      now: props.now,
    });
    this.lastMessageAt = props.now;
    return message;
  }

  private addressees(authorId: Id, to: readonly Id[] | undefined): Id[] {
    const others = this.participantIds.filter((id) => id !== authorId);
    const recipientOfABroadcast = this.kind === 'broadcast' && authorId !== this.createdBy;
    if (to === undefined) return defaultAddressees(this, authorId);
    const wanted = unique(to);
    // A broadcast's recipient is answered first, the same whoever they name: which ids are in the broadcast
    // must not be learnt by probing (it would tell who else got it).
    if (recipientOfABroadcast) checkRuleWithDetails(aBroadcastReplyGoesToTheSenderOnly(wanted, this.createdBy));
    checkRuleWithDetails(repliesStayInsideTheConversation(wanted, others));
    checkRule(aMessageHasARecipient(wanted));
    if (this.kind === 'conversation') checkRule(aConversationReplyGoesToEveryone(wanted, others));
    return wanted;
  }
}
