import { Inject } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { ErrorCodes, type SentMessage } from '@preau/contracts';
import { CLOCK, type Clock, DomainError, newId } from '@preau/kernel';
import { Outbox } from '@preau/platform';
import {
  CONVERSATION_REPOSITORY,
  type ConversationRepository,
  MESSAGE_REPOSITORY,
  type MessageRepository,
} from '../../../domain';
import { MessageSending, pupilClassesOf } from '../../message-sending';
import { asAuthor, MessagingPeople } from '../../messaging-people';
import { MESSAGING_READ_MODEL, type MessagingReadModel } from '../../ports/messaging-read-model';
import { publishEvents } from '../../publish-events';
import { ReplyCommand } from './reply.command';

@CommandHandler(ReplyCommand)
export class ReplyHandler implements ICommandHandler<ReplyCommand, SentMessage> {
  constructor(
    private readonly people: MessagingPeople,
    @Inject(CONVERSATION_REPOSITORY) private readonly conversations: ConversationRepository,
    @Inject(MESSAGE_REPOSITORY) private readonly messages: MessageRepository,
    @Inject(MESSAGING_READ_MODEL) private readonly read: MessagingReadModel,
    private readonly sending: MessageSending,
    private readonly outbox: Outbox,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

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
      pupilClasses: pupilClassesOf(everyone),
      now,
    });
    // Counts what the sender's earlier commands committed (this reply is not stored yet), under their lock.
    await this.sending.checkLimits(sender, message.recipientIds.length, now);
    this.people.requireReachable(everyone, message.recipientIds);
    const concerned = new Set([actorId, ...message.recipientIds]);
    await this.messages.add(message);
    await this.conversations.touchAt(conversation.id, message.status === 'delivered' ? [...concerned] : [actorId], now);
    await this.sending.registerAttachments(sender, message);
    publishEvents(this.outbox, message, actorId, sender.schoolIds[0]);
    this.sending.deliverAfterCommit(sender, message);
    return { id: conversation.id, messageId: message.id, status: message.status === 'held' ? 'held' : 'delivered' };
  }
}
