import { Inject } from '@nestjs/common';
import { type IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { MayReadMessageQuery } from '@preau/contracts';
import { MessagingPeople } from '../../messaging-people';
import { MESSAGING_READ_MODEL, type MessagingReadModel } from '../../ports/messaging-read-model';

/** The media context asks before showing an attachment: the message's readers, and the teachers moderating it. */
@QueryHandler(MayReadMessageQuery)
export class MayReadMessageHandler implements IQueryHandler<MayReadMessageQuery, { allowed: boolean }> {
  constructor(
    @Inject(MESSAGING_READ_MODEL) private readonly read: MessagingReadModel,
    private readonly people: MessagingPeople,
  ) {}

  async execute({ personId, messageId }: MayReadMessageQuery): Promise<{ allowed: boolean }> {
    if (await this.read.mayRead(personId, messageId)) return { allowed: true };
    const [person] = await this.people.describe([personId]);
    if (!person || person.taughtClassIds.length === 0) return { allowed: false };
    return { allowed: await this.read.inModerationOf(messageId, person.taughtClassIds) };
  }
}
