import { Inject } from '@nestjs/common';
import { type IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { type ClassSummary, ErrorCodes } from '@preau/contracts';
import { DomainError } from '@preau/kernel';
import { checkAdministerSchool } from '../../../domain';
import { DIRECTORY_GRAPH_READ_MODEL, type DirectoryGraphReadModel } from '../../ports/directory-graph-read-model';
import { personView } from '../../views';
import { ListSchoolClassesQuery } from './list-school-classes.query';

/** The classes of a school, for those who run it (admin console). */
@QueryHandler(ListSchoolClassesQuery)
export class ListSchoolClassesHandler implements IQueryHandler<ListSchoolClassesQuery, ClassSummary[]> {
  constructor(@Inject(DIRECTORY_GRAPH_READ_MODEL) private readonly graphs: DirectoryGraphReadModel) {}

  async execute({ actorId, schoolId }: ListSchoolClassesQuery): Promise<ClassSummary[]> {
    const graph = await this.graphs.around({ personIds: [actorId], schoolIds: [schoolId] });
    if (!graph.school(schoolId)) throw new DomainError(ErrorCodes.NOT_FOUND, 'No such school.');
    checkAdministerSchool(graph, actorId, schoolId, 'structure.manage');
    return graph
      .classesOfSchool(schoolId)
      .map((id) => {
        const klass = graph.class(id);
        return {
          id,
          name: klass?.name ?? '',
          schoolId,
          teachers: graph
            .teachersOf(id)
            .map((t) => personView(graph, t))
            .filter((p) => p !== null),
          pupilCount: graph.pupilsOf(id).length,
        };
      })
      .sort((a, b) => a.name.localeCompare(b.name, 'fr'));
  }
}
