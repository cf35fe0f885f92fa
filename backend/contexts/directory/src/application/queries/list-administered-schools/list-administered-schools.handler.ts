import { Inject } from '@nestjs/common';
import { type IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { type AdminSchoolView, ErrorCodes } from '@preau/contracts';
import { DomainError } from '@preau/kernel';
import { schoolsAdministeredBy } from '../../../domain';
import { SCHOOL_REPOSITORY, type SchoolRepository } from '../../../domain/school/school.repository';
import { adminSchoolView } from '../../admin-views';
import { DIRECTORY_GRAPH_READ_MODEL, type DirectoryGraphReadModel } from '../../ports/directory-graph-read-model';
import { ListAdministeredSchoolsQuery } from './list-administered-schools.query';

/** The schools a director or an academy administrator runs (admin console), with UAI, address, directors, classes. */
@QueryHandler(ListAdministeredSchoolsQuery)
export class ListAdministeredSchoolsHandler implements IQueryHandler<ListAdministeredSchoolsQuery, AdminSchoolView[]> {
  constructor(
    @Inject(DIRECTORY_GRAPH_READ_MODEL) private readonly graphs: DirectoryGraphReadModel,
    @Inject(SCHOOL_REPOSITORY) private readonly schools: SchoolRepository,
  ) {}

  async execute({ actorId }: ListAdministeredSchoolsQuery): Promise<AdminSchoolView[]> {
    const first = await this.graphs.around({ personIds: [actorId] });
    const academy = first.academiesAdministeredBy(actorId)[0];
    const graph = academy ? await this.graphs.around({ personIds: [actorId], wholeAcademyOf: academy }) : first;
    const ids = schoolsAdministeredBy(graph, actorId);
    if (ids.length === 0)
      throw new DomainError(ErrorCodes.FORBIDDEN, 'Only school and academy administrators run schools.');
    const schools = await this.schools.byIds(ids);
    return schools.map((school) => adminSchoolView(graph, school)).sort((a, b) => a.name.localeCompare(b.name, 'fr'));
  }
}
