import { Inject } from '@nestjs/common';
import { type IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import type { GroupView } from '@preau/contracts';
import { checkManagesGroups } from '../../../domain';
import { GROUP_REPOSITORY, type GroupRepository } from '../../../domain/pupil-group/pupil-group.repository';
import { DIRECTORY_GRAPH_READ_MODEL, type DirectoryGraphReadModel } from '../../ports/directory-graph-read-model';
import { groupView } from '../../views';
import { ListGroupsQuery } from './list-groups.query';

/** The groups of a class, for its teachers (they target homework and messages with them). */
@QueryHandler(ListGroupsQuery)
export class ListGroupsHandler implements IQueryHandler<ListGroupsQuery, GroupView[]> {
  constructor(
    @Inject(DIRECTORY_GRAPH_READ_MODEL) private readonly graphs: DirectoryGraphReadModel,
    @Inject(GROUP_REPOSITORY) private readonly groups: GroupRepository,
  ) {}

  async execute({ actorId, classId }: ListGroupsQuery): Promise<GroupView[]> {
    const graph = await this.graphs.around({ personIds: [actorId], classIds: [classId] });
    checkManagesGroups(graph, actorId, classId);
    const groups = await this.groups.ofClass(classId);
    return groups.map((g) => groupView(graph, g)).sort((a, b) => a.name.localeCompare(b.name, 'fr'));
  }
}
