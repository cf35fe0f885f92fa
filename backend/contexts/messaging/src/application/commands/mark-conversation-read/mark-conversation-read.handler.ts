import { Inject } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { Bus } from '@preau/platform';
import { LiveDelivery } from '../../live-delivery';
import { MESSAGING_READ_MODEL, type MessagingReadModel } from '../../ports/messaging-read-model';
import { MarkConversationReadCommand } from './mark-conversation-read.command';

@CommandHandler(MarkConversationReadCommand)
export class MarkConversationReadHandler implements ICommandHandler<MarkConversationReadCommand, { changed: boolean }> {
  constructor(
    @Inject(MESSAGING_READ_MODEL) private readonly read: MessagingReadModel,
    private readonly delivery: LiveDelivery,
    private readonly bus: Bus,
  ) {}

  async execute({
    actorId,
    conversationId,
    seenMessageIds,
  }: MarkConversationReadCommand): Promise<{ changed: boolean }> {
    const changed = await this.read.markRead(conversationId, actorId, seenMessageIds);
    // The reader's other open browsers show the new count.
    if (changed) this.bus.afterCommit(() => this.delivery.unreadChanged(actorId));
    return { changed };
  }
}
