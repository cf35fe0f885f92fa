import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { MessagingEvents } from '@preau/contracts';
import { Outbox } from '@preau/platform';
import { MessagingPeople } from '../../messaging-people';
import { RecordSendingRefusedCommand } from './record-sending-refused.command';

/** The details the audit log keeps of a refusal: why, and whom it concerned (never the text). */
const KEPT_DETAILS = ['rule', 'refused', 'switchedOff', 'limit', 'windowMinutes', 'module'];

@CommandHandler(RecordSendingRefusedCommand)
export class RecordSendingRefusedHandler implements ICommandHandler<RecordSendingRefusedCommand, void> {
  constructor(
    private readonly outbox: Outbox,
    private readonly people: MessagingPeople,
  ) {}

  async execute({ actorId, code, details }: RecordSendingRefusedCommand): Promise<void> {
    const kept = Object.fromEntries(Object.entries(details).filter(([key]) => KEPT_DETAILS.includes(key)));
    const [sender] = await this.people.describe([actorId]);
    this.outbox.publish(
      MessagingEvents.SendingRefused,
      { code, ...kept, schoolId: sender?.schoolIds[0] ?? null },
      { actorId },
    );
  }
}
