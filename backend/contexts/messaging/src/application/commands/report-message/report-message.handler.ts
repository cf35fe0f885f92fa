import { Inject } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { CLOCK, type Clock } from '@preau/kernel';
import { Outbox } from '@preau/platform';
import { MESSAGE_REPOSITORY, type MessageRepository } from '../../../domain';
import { noSuchMessage, seenBy } from '../../message-access';
import { MessagingPeople } from '../../messaging-people';
import { publishEvents } from '../../publish-events';
import { ReportMessageCommand } from './report-message.command';

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
    const message = await this.messages.byIdLocked(messageId);
    if (!message || !seenBy(message, actorId)) throw noSuchMessage();
    message.report(actorId, reason ?? null, this.clock.now());
    await this.messages.update(message);
    const [reporter] = await this.people.describe([actorId]);
    publishEvents(this.outbox, message, actorId, reporter?.schoolIds[0]);
  }
}
