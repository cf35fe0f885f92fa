import { Inject } from '@nestjs/common';
import { type IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { type AdminSchoolView, ErrorCodes } from '@preau/contracts';
import { DomainError } from '@preau/kernel';
import { checkSchoolInReach } from '../../../domain/school/rules/school-in-reach.rule';
import { SCHOOL_REPOSITORY, type SchoolRepository } from '../../../domain/school/school.repository';
import { adminSchoolView } from '../../admin-views';
import { DIRECTORY_GRAPH_READ_MODEL, type DirectoryGraphReadModel } from '../../ports/directory-graph-read-model';
import { GetSchoolQuery } from './get-school.query';

/** One school, for those who run it (docs/product/access-rules.md, section 5): 404 unknown or out of reach, 403 for non-administrators. */
@QueryHandler(GetSchoolQuery)
export class GetSchoolHandler implements IQueryHandler<GetSchoolQuery, AdminSchoolView> {
  constructor(
    @Inject(DIRECTORY_GRAPH_READ_MODEL) private readonly graphs: DirectoryGraphReadModel,
    @Inject(SCHOOL_REPOSITORY) private readonly schools: SchoolRepository,
  ) {}

  async execute({ actorId, schoolId }: GetSchoolQuery): Promise<AdminSchoolView> {
    const graph = await this.graphs.around({ personIds: [actorId], schoolIds: [schoolId] });
    checkSchoolInReach(graph, actorId, schoolId, 'structure.manage');
    const school = await this.schools.byId(schoolId);
    if (!school) throw new DomainError(ErrorCodes.NOT_FOUND, 'No such school.');
    return adminSchoolView(graph, school);
  }
}
