import { Inject } from '@nestjs/common';
import { type IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { GetPlacementQuery, type Placement } from '@preau/contracts';
import { schoolsAdministeredBy } from '../../../domain';
import { graphAroundWithAcademy } from '../../graph-around';
import { DIRECTORY_GRAPH_READ_MODEL, type DirectoryGraphReadModel } from '../../ports/directory-graph-read-model';

/** Where a person stands: answers the schools, classes and children of GET /me. */
@QueryHandler(GetPlacementQuery)
export class GetPlacementHandler implements IQueryHandler<GetPlacementQuery, Placement> {
  constructor(@Inject(DIRECTORY_GRAPH_READ_MODEL) private readonly graphs: DirectoryGraphReadModel) {}

  async execute({ personId }: GetPlacementQuery): Promise<Placement> {
    const graph = await graphAroundWithAcademy(this.graphs, personId, []);
    const classIds = [...new Set([...graph.classesOfPupil(personId), ...graph.classesTaughtBy(personId)])];
    const childIds = graph.childrenOf(personId);
    const schoolIds = new Set<string>(
      [
        ...classIds.map((c) => graph.class(c)?.schoolId),
        ...childIds.flatMap((child) => graph.classesOfPupil(child).map((c) => graph.class(c)?.schoolId)),
        ...schoolsAdministeredBy(graph, personId),
      ].filter((s): s is string => !!s),
    );
    const byName = <T extends { name: string }>(a: T, b: T) => a.name.localeCompare(b.name, 'fr');
    return {
      schools: [...schoolIds].map((id) => ({ id, name: graph.school(id)?.name ?? '' })).sort(byName),
      classes: classIds
        .map((id) => ({ id, name: graph.class(id)?.name ?? '', schoolId: graph.class(id)?.schoolId ?? '' }))
        .sort(byName),
      children: childIds
        .map((id) => {
          const classId = graph.classesOfPupil(id)[0] ?? null;
          return {
            id,
            displayName: graph.person(id)?.displayName ?? '',
            classId,
            className: classId ? (graph.class(classId)?.name ?? null) : null,
          };
        })
        .sort((a, b) => a.displayName.localeCompare(b.displayName, 'fr')),
    };
  }
}
