import { Inject } from '@nestjs/common';
import { type IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { AddressMessageQuery, type MessageAddressing } from '@preau/contracts';
import { allowedRecipients, isBroadcast } from '../../../domain';
import { graphAroundWithAcademy } from '../../graph-around';
import { describeMessagingPeople } from '../../people-descriptions';
import { DIRECTORY_GRAPH_READ_MODEL, type DirectoryGraphReadModel } from '../../ports/directory-graph-read-model';

/** "May A write to each of these, and may they all write to each other?": one graph read for a whole message. */
@QueryHandler(AddressMessageQuery)
export class AddressMessageHandler implements IQueryHandler<AddressMessageQuery, MessageAddressing> {
  constructor(@Inject(DIRECTORY_GRAPH_READ_MODEL) private readonly graphs: DirectoryGraphReadModel) {}

  async execute({ senderId, recipientIds }: AddressMessageQuery): Promise<MessageAddressing> {
    const wanted = [...new Set(recipientIds)];
    const graph = await graphAroundWithAcademy(this.graphs, senderId, wanted);
    const allowed = allowedRecipients(graph, senderId);
    const refused = wanted.filter((id) => !allowed.has(id));
    return {
      refused,
      broadcast: refused.length === 0 && isBroadcast(graph, senderId, wanted),
      people: describeMessagingPeople(graph, [senderId, ...wanted]),
    };
  }
}
