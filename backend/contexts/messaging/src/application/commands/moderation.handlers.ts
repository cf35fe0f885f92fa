import { Inject } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { ErrorCodes } from '@preau/contracts';
import { CLOCK, type Clock, DomainError, type Id } from '@preau/kernel';
import { type Message, viewMessage } from '../../domain';
import { Bus, Outbox, requireClassAction } from '@preau/platform';
import { LiveDelivery } from '../live-delivery';
import { asModerator, MessagingPeople } from '../messaging-people';
import { CONVERSATION_REPOSITORY, type ConversationRepository, MESSAGE_REPOSITORY, type MessageRepository } from '../ports/messaging.repositories';
import { MarkConversationReadCommand, ModerateMessageCommand, ReportMessageCommand } from './messaging.commands';
import { publishEvents } from './send.handlers';
import { MESSAGING_READ_MODEL, type MessagingReadModel } from '../ports/messaging-read-model';

const noSuchMessage = () => new DomainError(ErrorCodes.NOT_FOUND, 'No such message.');

/** Whether the person is shown the message (the domain's view of it): its author, or a recipient once delivered. */
const seenBy = (message: Message, personId: Id): boolean => viewMessage(message, personId) !== null;

/**
 * Approve or refuse a pupil's held message (a teacher of the pupil's class, messaging on there), or hide a
 * delivered one (a teacher of a class one of whose pupils takes part). Who may not moderate the message and
 * does not take part in its conversation gets 404: they may not even know it exists.
 */
@CommandHandler(ModerateMessageCommand)
export class ModerateMessageHandler implements ICommandHandler<ModerateMessageCommand, void> {
  constructor(
    private readonly people: MessagingPeople,
    @Inject(MESSAGE_REPOSITORY) private readonly messages: MessageRepository,
    @Inject(CONVERSATION_REPOSITORY) private readonly conversations: ConversationRepository,
    private readonly delivery: LiveDelivery,
    private readonly outbox: Outbox,
    private readonly bus: Bus,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async execute({ actorId, messageId, move, note }: ModerateMessageCommand): Promise<void> {
    const found = await this.messages.byIdLocked(messageId);
    if (!found) throw noSuchMessage();
    const { message, pupilClassIds } = found;
    const [actor] = await this.people.describe([actorId]);
    if (!actor) throw noSuchMessage();
    const moderatesHere = actor.taughtClassIds.some((c) => pupilClassIds.includes(c) || c === message.heldInClassId);
    // Only those who moderate it, or already see it, learn that it exists (and why they may not act on it).
    if (!moderatesHere && !seenBy(message, actorId)) throw noSuchMessage();
    const now = this.clock.now();
    if (move === 'hide') {
      message.hide(asModerator(actor), pupilClassIds, now);
    } else {
      // The class's module and its school's switch decide whether its teachers moderate there now.
      if (message.heldInClassId && actor.taughtClassIds.includes(message.heldInClassId)) {
        requireClassAction(await this.people.classAccess(actorId, message.heldInClassId), 'messaging.use');
      }
      if (move === 'approve') {
        message.approve(asModerator(actor), now);
        // Switched off since it was written (a partner school's emergency switch): it waits no more, it stops.
        this.people.requireReachable(await this.people.describe(message.recipientIds), message.recipientIds);
      } else message.refuse(asModerator(actor), note ?? '', now);
    }
    await this.messages.update(message);
    if (move === 'approve') {
      // It reaches its recipients now: their folders list the conversation from now.
      await this.conversations.touchAt(message.conversationId, message.recipientIds, now);
      this.bus.afterCommit(() => this.delivery.messagesDelivered([message.id]));
    }
    publishEvents(this.outbox, message, actorId, actor.schoolIds[0]);
    const heldClassId = message.heldInClassId;
    if (move !== 'hide' && heldClassId) {
      // The class it was held in, even if its author has changed class since.
      const teacherIds = await this.people.teachersOf(heldClassId);
      this.bus.afterCommit(() => this.delivery.heldQueueChanged(heldClassId, teacherIds, { messageId: message.id, status: message.status }));
    }
  }
}

/** Someone the message reached reports it to the teachers (of the classes of the pupils taking part). */
@CommandHandler(ReportMessageCommand)
export class ReportMessageHandler implements ICommandHandler<ReportMessageCommand, void> {
  constructor(
    private readonly people: MessagingPeople,
    @Inject(MESSAGE_REPOSITORY) private readonly messages: MessageRepository,
    private readonly outbox: Outbox,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async execute({ actorId, messageId, reason }: ReportMessageCommand): Promise<void> {
    const found = await this.messages.byIdLocked(messageId);
    if (!found || !seenBy(found.message, actorId)) throw noSuchMessage();
    const { message } = found;
    message.report(actorId, reason ?? null, this.clock.now());
    await this.messages.update(message);
    const [reporter] = await this.people.describe([actorId]);
    publishEvents(this.outbox, message, actorId, reporter?.schoolIds[0]);
  }
}

@CommandHandler(MarkConversationReadCommand)
export class MarkConversationReadHandler implements ICommandHandler<MarkConversationReadCommand, { changed: boolean }> {
  constructor(
    @Inject(MESSAGING_READ_MODEL) private readonly read: MessagingReadModel,
    private readonly delivery: LiveDelivery,
    private readonly bus: Bus,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async execute({ actorId, conversationId, seenMessageIds }: MarkConversationReadCommand): Promise<{ changed: boolean }> {
    const changed = await this.read.markRead(conversationId, actorId, seenMessageIds);
    if (changed) this.bus.afterCommit(() => this.delivery.unreadChanged(actorId));
    return { changed };
  }
}

