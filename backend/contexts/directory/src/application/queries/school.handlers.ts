import { Inject } from '@nestjs/common';
import { type IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { type ClassSummary, ErrorCodes, type SchoolView } from '@preau/contracts';
import { DomainError } from '@preau/kernel';
import { checkAdministerSchool, schoolsAdministeredBy } from '../../domain';
import { DIRECTORY_GRAPH_SOURCE, type DirectoryGraphSource } from '../ports/directory-graph.source';
import { personView, schoolView } from '../views';
import { ListAdministeredSchoolsQuery, ListSchoolClassesQuery } from './directory.queries';

/** The schools a director or an academy administrator runs (admin console). */
@QueryHandler(ListAdministeredSchoolsQuery)
export class ListAdministeredSchoolsHandler implements IQueryHandler<ListAdministeredSchoolsQuery, SchoolView[]> {
  constructor(@Inject(DIRECTORY_GRAPH_SOURCE) private readonly graphs: DirectoryGraphSource) {}

  async execute({ actorId }: ListAdministeredSchoolsQuery): Promise<SchoolView[]> {
    const first = await this.graphs.around({ personIds: [actorId] });
    const academy = first.academiesAdministeredBy(actorId)[0];
    const graph = academy ? await this.graphs.around({ personIds: [actorId], wholeAcademyOf: academy }) : first;
    const schools = schoolsAdministeredBy(graph, actorId);
    if (schools.length === 0) throw new DomainError(ErrorCodes.FORBIDDEN, 'Only school and academy administrators run schools.');
    return schools.map((id) => schoolView(graph, id)).sort((a, b) => a.name.localeCompare(b.name, 'fr'));
  }
}

@QueryHandler(ListSchoolClassesQuery)
export class ListSchoolClassesHandler implements IQueryHandler<ListSchoolClassesQuery, ClassSummary[]> {
  constructor(@Inject(DIRECTORY_GRAPH_SOURCE) private readonly graphs: DirectoryGraphSource) {}

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
          teachers: graph.teachersOf(id).map((t) => personView(graph, t)).filter((p) => p !== null),
          pupilCount: graph.pupilsOf(id).length,
        };
      })
      .sort((a, b) => a.name.localeCompare(b.name, 'fr'));
  }
}
