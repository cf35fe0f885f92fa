import { Inject } from '@nestjs/common';
import { type IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { DescribeMessagingPeopleQuery, type MessagingPerson } from '@preau/contracts';
import { describeMessagingPeople } from '../../people-descriptions';
import { DIRECTORY_GRAPH_READ_MODEL, type DirectoryGraphReadModel } from '../../ports/directory-graph-read-model';

/** How these people stand for messaging: name and context, switches, a pupil's class, a teacher's classes. */
@QueryHandler(DescribeMessagingPeopleQuery)
export class DescribeMessagingPeopleHandler implements IQueryHandler<DescribeMessagingPeopleQuery, MessagingPerson[]> {
  constructor(@Inject(DIRECTORY_GRAPH_READ_MODEL) private readonly graphs: DirectoryGraphReadModel) {}

  async execute({ personIds }: DescribeMessagingPeopleQuery): Promise<MessagingPerson[]> {
    const ids = [...new Set(personIds)];
    if (ids.length === 0) return [];
    return describeMessagingPeople(await this.graphs.around({ personIds: ids }), ids);
  }
}
