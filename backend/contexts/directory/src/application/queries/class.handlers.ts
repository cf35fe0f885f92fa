import { Inject } from '@nestjs/common';
import { type IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { type ClassAccess, type ClassMembersView, type ClassView, GetClassAccessQuery } from '@preau/contracts';
import { checkClassAction, classAccess } from '../../domain';
import { DIRECTORY_GRAPH_SOURCE, type DirectoryGraphSource } from '../ports/directory-graph.source';
import { classAccessView, classView, personView } from '../views';
import { GetClassMembersQuery, GetClassQuery } from './directory.queries';

/** "What may A do in class C?": the question every other context asks before acting in a class. */
@QueryHandler(GetClassAccessQuery)
export class GetClassAccessHandler implements IQueryHandler<GetClassAccessQuery, ClassAccess> {
  constructor(@Inject(DIRECTORY_GRAPH_SOURCE) private readonly graphs: DirectoryGraphSource) {}

  async execute({ personId, classId }: GetClassAccessQuery): Promise<ClassAccess> {
    const graph = await this.graphs.around({ personIds: [personId], classIds: [classId] });
    return classAccessView(graph, classId, classAccess(graph, personId, classId));
  }
}

@QueryHandler(GetClassQuery)
export class GetClassHandler implements IQueryHandler<GetClassQuery, ClassView> {
  constructor(@Inject(DIRECTORY_GRAPH_SOURCE) private readonly graphs: DirectoryGraphSource) {}

  async execute({ actorId, classId }: GetClassQuery): Promise<ClassView> {
    const graph = await this.graphs.around({ personIds: [actorId], classIds: [classId] });
    return classView(graph, classId, checkClassAction(graph, actorId, classId, 'class.read'));
  }
}

@QueryHandler(GetClassMembersQuery)
export class GetClassMembersHandler implements IQueryHandler<GetClassMembersQuery, ClassMembersView> {
  constructor(@Inject(DIRECTORY_GRAPH_SOURCE) private readonly graphs: DirectoryGraphSource) {}

  async execute({ actorId, classId }: GetClassMembersQuery): Promise<ClassMembersView> {
    const graph = await this.graphs.around({ personIds: [actorId], classIds: [classId] });
    const decision = checkClassAction(graph, actorId, classId, 'class.members.read');
    const byName = <T extends { displayName: string }>(a: T, b: T) => a.displayName.localeCompare(b.displayName, 'fr');
    const views = (ids: readonly string[]) => ids.map((id) => personView(graph, id)).filter((p) => p !== null).sort(byName);
    const view: ClassMembersView = { pupils: views(graph.pupilsOf(classId)), teachers: views(graph.teachersOf(classId)) };
    if (decision.allowed.includes('class.parents.read')) {
      view.parents = graph
        .familyOf(classId)
        .map((id) => {
          const person = personView(graph, id);
          return person ? { ...person, childIds: graph.childrenOf(id).filter((child) => graph.pupilsOf(classId).includes(child)) } : null;
        })
        .filter((p) => p !== null)
        .sort(byName);
    }
    return view;
  }
}
