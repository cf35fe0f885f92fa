import { Inject } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { ErrorCodes, MessagingEvents, type MessagingPerson, RegisterMediaUsageCommand, type SentMessage } from '@preau/contracts';
import { type AggregateRoot, BusinessRuleViolation, CLOCK, type Clock, DomainError, type Id, newId } from '@preau/kernel';
import { Bus, Outbox } from '@preau/platform';
import { Conversation, type Message, SendingLimits } from '../../domain';
import { LiveDelivery } from '../live-delivery';
import { asAuthor, MessagingPeople } from '../messaging-people';
import { MESSAGING_READ_MODEL, type MessagingReadModel } from '../ports/messaging-read-model';
import { CONVERSATION_REPOSITORY, type ConversationRepository, DRAFT_REPOSITORY, type DraftRepository, MESSAGE_REPOSITORY, type MessageRepository } from '../ports/messaging.repositories';
import { namedOnly } from '../participant-views';
import { RecordSendingRefusedCommand, ReplyCommand, StartConversationCommand } from './messaging.commands';

export const SENDING_LIMITS = Symbol('SendingLimits');

/** The aggregate's domain events become integration events in the same unit of work (no message text in them). */
export function publishEvents(outbox: Outbox, aggregate: AggregateRoot, actorId: Id, schoolId?: Id | null): void {
  outbox.publishEventsOf(aggregate, actorId, (payload) => {
    // The audit log files moderation acts under the school where they happen.
    if (schoolId) payload['schoolId'] = schoolId;
    // A refusal note and a report's reason are words to a pupil or to teachers: they stay in messaging.
    delete payload['note'];
    delete payload['reason'];
  });
}

/**
 * The classes whose teachers moderate a message: those of the pupils among its author and recipients. Each
 * message has its own (in a broadcast, a family's private reply concerns only that family's pupil).
 */
export function pupilClassesOf(people: readonly MessagingPerson[]): Id[] {
  return [...new Set(people.flatMap((p) => (p.pupilClass ? [p.pupilClass.classId] : [])))];
}

/** What sending a first message and a reply share: limits, switches, attachments, delivery. */
abstract class SendHandler {
  constructor(
    protected readonly people: MessagingPeople,
    @Inject(CONVERSATION_REPOSITORY) protected readonly conversations: ConversationRepository,
    @Inject(MESSAGE_REPOSITORY) protected readonly messages: MessageRepository,
    @Inject(DRAFT_REPOSITORY) protected readonly drafts: DraftRepository,
    @Inject(MESSAGING_READ_MODEL) protected readonly read: MessagingReadModel,
    @Inject(SENDING_LIMITS) protected readonly limits: SendingLimits,
    protected readonly delivery: LiveDelivery,
    protected readonly outbox: Outbox,
    protected readonly bus: Bus,
    @Inject(CLOCK) protected readonly clock: Clock,
  ) {}

  /** 429 RATE_LIMITED (with when to retry) before anything is stored, counted under the sender's lock. */
  protected async checkLimits(sender: MessagingPerson, recipientCount: number, now: Date): Promise<void> {
    const windowMs = this.limits.config.windowMinutes * 60_000;
    const { count, oldest } = await this.messages.countSentSinceLocked(sender.id, new Date(now.getTime() - windowMs));
    try {
      this.limits.check({ senderRole: sender.role, sentInWindow: count, recipientCount });
    } catch (error) {
      if (error instanceof BusinessRuleViolation && error.details['rule'] === 'AnAccountStaysWithinItsSendRate' && oldest) {
        error.details['retryAfter'] = Math.max(1, Math.ceil((oldest.getTime() + windowMs - now.getTime()) / 1000));
      }
      throw error;
    }
  }

  /** The attachments become readable by whoever may read the message (asked of messaging by the media context). */
  protected async registerAttachments(sender: MessagingPerson, message: Message): Promise<void> {
    if (message.attachmentIds.length === 0) return;
    const { mediaIds } = await this.bus.command<{ mediaIds: Id[] }>(
      new RegisterMediaUsageCommand(sender.id, { context: 'messaging', resourceId: message.id }, [...message.attachmentIds], { classId: sender.pupilClass?.classId }),
    );
    if (mediaIds.length !== message.attachmentIds.length) {
      throw new DomainError(ErrorCodes.FORBIDDEN, 'Some attachments may not be sent.', { rule: 'AttachmentsAreTheSendersToShare' });
    }
  }

  /** Once committed: the recipients' browsers hear of it, or the class's teachers of a held message. */
  protected deliverAfterCommit(sender: MessagingPerson, message: Message): void {
    if (message.status === 'held' && sender.pupilClass) {
      const { classId, teacherIds } = sender.pupilClass;
      this.bus.afterCommit(() => this.delivery.heldQueueChanged(classId, teacherIds, { messageId: message.id, status: 'held' }));
    } else if (message.status === 'delivered') {
      this.bus.afterCommit(() => this.delivery.messagesDelivered([message.id]));
    }
  }
}

@CommandHandler(StartConversationCommand)
export class StartConversationHandler extends SendHandler implements ICommandHandler<StartConversationCommand, SentMessage> {
  async execute({ actorId, input }: StartConversationCommand): Promise<SentMessage> {
    const recipientIds = [...new Set(input.recipientIds.map((id) => id.toLowerCase()))];
    // Past the largest limit there is, refuse before asking the directory about thousands of ids.
    this.limits.check({ senderRole: 'TEACHER', sentInWindow: 0, recipientCount: recipientIds.length });
    // One directory read: who is refused, whether it is a broadcast, and everyone's standing.
    const addressing = await this.people.address(actorId, recipientIds);
    const sender = this.people.requireSender(addressing.people.find((p) => p.id === actorId));
    const now = this.clock.now();
    await this.checkLimits(sender, recipientIds.length, now);
    const { conversation, message } = Conversation.start({
      id: newId(),
      messageId: newId(),
      author: asAuthor(sender),
      recipientIds,
      refusedRecipientIds: addressing.refused,
      kind: addressing.broadcast ? 'broadcast' : 'conversation',
      subject: input.subject,
      body: input.body,
      attachmentIds: input.attachmentIds?.map((id) => id.toLowerCase()),
      now,
    });
    const recipients = addressing.people.filter((p) => p.id !== actorId);
    this.people.requireReachable(recipients, recipientIds);
    await this.conversations.add(conversation, namedOnly(conversation.participantIds, [sender, ...recipients]));
    await this.messages.add(message, pupilClassesOf([sender, ...recipients]));
    await this.conversations.touchAt(conversation.id, message.status === 'delivered' ? [actorId, ...recipientIds] : [actorId], now);
    await this.registerAttachments(sender, message);
    if (input.draftId) {
      const draft = await this.drafts.byId(input.draftId);
      if (draft && draft.authorId === actorId) await this.drafts.delete(draft.id);
    }
    publishEvents(this.outbox, message, actorId, sender.schoolIds[0]);
    this.deliverAfterCommit(sender, message);
    return { id: conversation.id, messageId: message.id, status: message.status === 'held' ? 'held' : 'delivered' };
  }
}

@CommandHandler(ReplyCommand)
export class ReplyHandler extends SendHandler implements ICommandHandler<ReplyCommand, SentMessage> {
  async execute({ actorId, conversationId, input }: ReplyCommand): Promise<SentMessage> {
    const conversation = await this.conversations.byIdLocked(conversationId);
    // Someone outside the conversation, or who sees none of its messages yet, may not even know it exists.
    if (!conversation || !conversation.isParticipant(actorId) || !(await this.read.seesAny(conversationId, actorId))) {
      throw new DomainError(ErrorCodes.NOT_FOUND, 'No such conversation.');
    }
    // One directory read for everyone in the conversation: the author's standing and the recipients' switches.
    const everyone = await this.people.describe(conversation.participantIds);
    const sender = this.people.requireSender(everyone.find((p) => p.id === actorId));
    const now = this.clock.now();
    const message = conversation.reply({
      messageId: newId(),
      author: asAuthor(sender),
      body: input.body,
      attachmentIds: input.attachmentIds?.map((id) => id.toLowerCase()),
      to: input.to?.map((id) => id.toLowerCase()),
      now,
    });
    await this.checkLimits(sender, message.recipientIds.length, now);
    this.people.requireReachable(everyone, message.recipientIds);
    const concerned = new Set([actorId, ...message.recipientIds]);
    await this.messages.add(message, pupilClassesOf(everyone.filter((p) => concerned.has(p.id))));
    await this.conversations.touchAt(conversation.id, message.status === 'delivered' ? [...concerned] : [actorId], now);
    await this.registerAttachments(sender, message);
    publishEvents(this.outbox, message, actorId, sender.schoolIds[0]);
    this.deliverAfterCommit(sender, message);
    return { id: conversation.id, messageId: message.id, status: message.status === 'held' ? 'held' : 'delivered' };
  }
}

/** Codes of a refused sending that the audit log keeps (the other failures are the sender's typing). */
export const AUDITED_SENDING_REFUSALS: readonly string[] = [ErrorCodes.RECIPIENT_NOT_ALLOWED, ErrorCodes.RATE_LIMITED, ErrorCodes.MODULE_DISABLED, ErrorCodes.FORBIDDEN];

@CommandHandler(RecordSendingRefusedCommand)
export class RecordSendingRefusedHandler implements ICommandHandler<RecordSendingRefusedCommand, void> {
  constructor(
    private readonly outbox: Outbox,
    private readonly people: MessagingPeople,
  ) {}

  async execute({ actorId, code, details }: RecordSendingRefusedCommand): Promise<void> {
    const kept = Object.fromEntries(Object.entries(details).filter(([key]) => ['rule', 'refused', 'switchedOff', 'limit', 'windowMinutes', 'module'].includes(key)));
    const [sender] = await this.people.describe([actorId]);
    this.outbox.publish(MessagingEvents.SendingRefused, { code, ...kept, schoolId: sender?.schoolIds[0] ?? null }, { actorId });
  }
}
