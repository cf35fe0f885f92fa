import { Inject } from '@nestjs/common';
import { type IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { ErrorCodes, type SchoolView } from '@preau/contracts';
import { DomainError } from '@preau/kernel';
import { schoolsAdministeredBy } from '../../../domain';
import { DIRECTORY_GRAPH_READ_MODEL, type DirectoryGraphReadModel } from '../../ports/directory-graph-read-model';
import { schoolView } from '../../views';
import { ListAdministeredSchoolsQuery } from './list-administered-schools.query';

/** The schools a director or an academy administrator runs (admin console). */
@QueryHandler(ListAdministeredSchoolsQuery)
export class ListAdministeredSchoolsHandler implements IQueryHandler<ListAdministeredSchoolsQuery, SchoolView[]> {
  constructor(@Inject(DIRECTORY_GRAPH_READ_MODEL) private readonly graphs: DirectoryGraphReadModel) {}

  async execute({ actorId }: ListAdministeredSchoolsQuery): Promise<SchoolView[]> {
    const first = await this.graphs.around({ personIds: [actorId] });
    const academy = first.academiesAdministeredBy(actorId)[0];
    const graph = academy ? await this.graphs.around({ personIds: [actorId], wholeAcademyOf: academy }) : first;
    const schools = schoolsAdministeredBy(graph, actorId);
    if (schools.length === 0)
      throw new DomainError(ErrorCodes.FORBIDDEN, 'Only school and academy administrators run schools.');
    return schools.map((id) => schoolView(graph, id)).sort((a, b) => a.name.localeCompare(b.name, 'fr'));
  }
}
