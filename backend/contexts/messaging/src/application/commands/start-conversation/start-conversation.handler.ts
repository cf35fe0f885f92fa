import { Inject } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import type { SentMessage } from '@preau/contracts';
import { CLOCK, type Clock, newId } from '@preau/kernel';
import { Outbox } from '@preau/platform';
import {
  Conversation,
  CONVERSATION_REPOSITORY,
  type ConversationRepository,
  DRAFT_REPOSITORY,
  type DraftRepository,
  MESSAGE_REPOSITORY,
  type MessageRepository,
} from '../../../domain';
import { MessageSending, pupilClassesOf } from '../../message-sending';
import { asAuthor, MessagingPeople } from '../../messaging-people';
import { namedOnly } from '../../participant-views';
import { publishEvents } from '../../publish-events';
import { StartConversationCommand } from './start-conversation.command';

@CommandHandler(StartConversationCommand)
export class StartConversationHandler implements ICommandHandler<StartConversationCommand, SentMessage> {
  constructor(
    private readonly people: MessagingPeople,
    @Inject(CONVERSATION_REPOSITORY) private readonly conversations: ConversationRepository,
    @Inject(MESSAGE_REPOSITORY) private readonly messages: MessageRepository,
    @Inject(DRAFT_REPOSITORY) private readonly drafts: DraftRepository,
    private readonly sending: MessageSending,
    private readonly outbox: Outbox,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async execute({ actorId, input }: StartConversationCommand): Promise<SentMessage> {
    const recipientIds = [...new Set(input.recipientIds.map((id) => id.toLowerCase()))];
    // Past the largest limit there is, refuse before asking the directory about thousands of ids.
    this.sending.limits.check({ senderRole: 'TEACHER', sentInWindow: 0, recipientCount: recipientIds.length });
    // One directory read: who is refused, whether it is a broadcast, and everyone's standing.
    const addressing = await this.people.address(actorId, recipientIds);
    const sender = this.people.requireSender(addressing.people.find((p) => p.id === actorId));
    const now = this.clock.now();
    // Counts what the sender's earlier commands committed (this one has written nothing yet), under their lock.
    await this.sending.checkLimits(sender, recipientIds.length, now);
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
      pupilClasses: pupilClassesOf(addressing.people),
      now,
    });
    const recipients = addressing.people.filter((p) => p.id !== actorId);
    this.people.requireReachable(recipients, recipientIds);
    await this.conversations.add(conversation, namedOnly(conversation.participantIds, [sender, ...recipients]));
    await this.messages.add(message);
    await this.conversations.touchAt(
      conversation.id,
      message.status === 'delivered' ? [actorId, ...recipientIds] : [actorId],
      now,
    );
    await this.sending.registerAttachments(sender, message);
    if (input.draftId) {
      const draft = await this.drafts.byId(input.draftId);
      if (draft?.isOf(actorId)) await this.drafts.remove(draft);
    }
    publishEvents(this.outbox, message, actorId, sender.schoolIds[0]);
    this.sending.deliverAfterCommit(sender, message);
    return { id: conversation.id, messageId: message.id, status: message.status === 'held' ? 'held' : 'delivered' };
  }
}
