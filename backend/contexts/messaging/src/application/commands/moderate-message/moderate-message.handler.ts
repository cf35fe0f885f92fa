import { Inject } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { CLOCK, type Clock } from '@preau/kernel';
import { Bus, CLASS_ACCESS, type ClassAccessPort, checkClassAction, Outbox } from '@preau/platform';
import {
  CONVERSATION_REPOSITORY,
  type ConversationRepository,
  MESSAGE_REPOSITORY,
  type MessageRepository,
} from '../../../domain';
import { LiveDelivery } from '../../live-delivery';
import { noSuchMessage, seenBy } from '../../message-access';
import { asModerator, MessagingPeople } from '../../messaging-people';
import { publishEvents } from '../../publish-events';
import { ModerateMessageCommand } from './moderate-message.command';

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
    @Inject(CLASS_ACCESS) private readonly access: ClassAccessPort,
    private readonly delivery: LiveDelivery,
    private readonly outbox: Outbox,
    private readonly bus: Bus,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async execute({ actorId, messageId, move, note }: ModerateMessageCommand): Promise<void> {
    const message = await this.messages.byIdLocked(messageId);
    if (!message) throw noSuchMessage();
    const [actor] = await this.people.describe([actorId]);
    if (!actor) throw noSuchMessage();
    const moderatesHere = actor.taughtClassIds.some(
      (c) => message.pupilClassIds.includes(c) || c === message.heldInClassId,
    );
    // Only those who moderate it, or already see it, learn that it exists (and why they may not act on it).
    if (!moderatesHere && !seenBy(message, actorId)) throw noSuchMessage();
    const now = this.clock.now();
    if (move === 'hide') {
      message.hide(asModerator(actor), now);
    } else {
      // The class's module and its school's switch decide whether its teachers moderate there now.
      if (message.heldInClassId && actor.taughtClassIds.includes(message.heldInClassId)) {
        await checkClassAction(this.access, actorId, message.heldInClassId, 'messaging.use');
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
      this.bus.afterCommit(() =>
        this.delivery.heldQueueChanged(heldClassId, teacherIds, { messageId: message.id, status: message.status }),
      );
    }
  }
}
