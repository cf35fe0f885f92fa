import { type IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import type { RecipientsView } from '@preau/contracts';
import { MessagingPeople } from '../../messaging-people';
import { participantView } from '../../participant-views';
import { ListRecipientsQuery } from './list-recipients.query';

@QueryHandler(ListRecipientsQuery)
export class ListRecipientsHandler implements IQueryHandler<ListRecipientsQuery, RecipientsView> {
  constructor(private readonly people: MessagingPeople) {}

  async execute({ viewerId, q }: ListRecipientsQuery): Promise<RecipientsView> {
    // Someone for whom messaging is off is offered no one (the send would be refused anyway).
    await this.people.sender(viewerId);
    const [people, groups] = await Promise.all([
      this.people.allowedRecipients(viewerId, q),
      q ? Promise.resolve([]) : this.people.groups(viewerId),
    ]);
    return { people: people.map((p) => ({ ...participantView(p), classes: p.classes })), groups };
  }
}
