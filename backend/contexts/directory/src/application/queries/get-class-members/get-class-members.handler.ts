import { Inject } from '@nestjs/common';
import { type IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import type { ClassMembersView } from '@preau/contracts';
import { checkClassAction } from '../../../domain';
import { DIRECTORY_GRAPH_READ_MODEL, type DirectoryGraphReadModel } from '../../ports/directory-graph-read-model';
import { personView } from '../../views';
import { GetClassMembersQuery } from './get-class-members.query';

/** Pupils and teachers of a class; its parents only for those the matrix lets read them. */
@QueryHandler(GetClassMembersQuery)
export class GetClassMembersHandler implements IQueryHandler<GetClassMembersQuery, ClassMembersView> {
  constructor(@Inject(DIRECTORY_GRAPH_READ_MODEL) private readonly graphs: DirectoryGraphReadModel) {}

  async execute({ actorId, classId }: GetClassMembersQuery): Promise<ClassMembersView> {
    const graph = await this.graphs.around({ personIds: [actorId], classIds: [classId] });
    const decision = checkClassAction(graph, actorId, classId, 'class.members.read');
    const byName = <T extends { displayName: string }>(a: T, b: T) => a.displayName.localeCompare(b.displayName, 'fr');
    const views = (ids: readonly string[]) =>
      ids
        .map((id) => personView(graph, id))
        .filter((p) => p !== null)
        .sort(byName);
    const view: ClassMembersView = {
      pupils: views(graph.pupilsOf(classId)),
      teachers: views(graph.teachersOf(classId)),
    };
    if (decision.allowed.includes('class.parents.read')) {
      view.parents = graph
        .familyOf(classId)
        .map((id) => {
          const person = personView(graph, id);
          return person
            ? { ...person, childIds: graph.childrenOf(id).filter((child) => graph.pupilsOf(classId).includes(child)) }
            : null;
        })
        .filter((p) => p !== null)
        .sort(byName);
    }
    return view;
  }
}
