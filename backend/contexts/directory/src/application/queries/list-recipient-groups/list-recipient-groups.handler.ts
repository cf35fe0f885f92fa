import { Inject } from '@nestjs/common';
import { type IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { ListRecipientGroupsQuery, type RecipientGroupView } from '@preau/contracts';
import { type DirectoryGraph, recipientGroups } from '../../../domain';
import { graphAroundWithAcademy } from '../../graph-around';
import { DIRECTORY_GRAPH_READ_MODEL, type DirectoryGraphReadModel } from '../../ports/directory-graph-read-model';

/** The ready-made sets of recipients of the picker, named after their class, group or school. */
@QueryHandler(ListRecipientGroupsQuery)
export class ListRecipientGroupsHandler implements IQueryHandler<ListRecipientGroupsQuery, RecipientGroupView[]> {
  constructor(@Inject(DIRECTORY_GRAPH_READ_MODEL) private readonly graphs: DirectoryGraphReadModel) {}

  async execute({ senderId }: ListRecipientGroupsQuery): Promise<RecipientGroupView[]> {
    const graph = await graphAroundWithAcademy(this.graphs, senderId, []);
    return recipientGroups(graph, senderId).map((g) => ({
      id: g.id,
      kind: g.kind,
      name: nameOf(graph, g.id, g.classId, g.schoolId),
      classId: g.classId,
      memberIds: g.memberIds,
    }));
  }
}

function nameOf(graph: DirectoryGraph, id: string, classId: string | null, schoolId: string | null): string {
  if (id.startsWith('pupil-group:')) return graph.group(id.slice('pupil-group:'.length))?.name ?? '';
  if (classId) return graph.class(classId)?.name ?? '';
  return schoolId ? (graph.school(schoolId)?.name ?? '') : '';
}
