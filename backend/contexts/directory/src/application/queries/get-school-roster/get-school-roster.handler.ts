import { Inject } from '@nestjs/common';
import { type IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { GetSchoolRosterQuery, type SchoolRoster } from '@preau/contracts';
import { refuseRoster } from '../../../domain/person/roster.rules';
import { checkSchoolInReach } from '../../../domain/school/rules/school-in-reach.rule';
import { DIRECTORY_GRAPH_READ_MODEL, type DirectoryGraphReadModel } from '../../ports/directory-graph-read-model';
import { ROSTER_READ_MODEL, type RosterReadModel } from '../../ports/roster-read-model';
import { SCHOOL_YEARS_READ_MODEL, type SchoolYearsReadModel } from '../../ports/school-years';

/**
 * A school's current year as an ONDE import reads it (decision 0010): its classes, its pupils with INE and birth
 * date, their guardians. Only for whoever may import into the school (its director, the academy's administrator);
 * another school's administrator may not know it exists (404, docs/product/access-rules.md section 5).
 */
@QueryHandler(GetSchoolRosterQuery)
export class GetSchoolRosterHandler implements IQueryHandler<GetSchoolRosterQuery, SchoolRoster> {
  constructor(
    @Inject(DIRECTORY_GRAPH_READ_MODEL) private readonly graphs: DirectoryGraphReadModel,
    @Inject(ROSTER_READ_MODEL) private readonly rosters: RosterReadModel,
    @Inject(SCHOOL_YEARS_READ_MODEL) private readonly years: SchoolYearsReadModel,
  ) {}

  async execute({ actorId, schoolId }: GetSchoolRosterQuery): Promise<SchoolRoster> {
    const graph = await this.graphs.around({ personIds: [actorId], schoolIds: [schoolId] });
    checkSchoolInReach(graph, actorId, schoolId, 'import');
    const year = await this.years.current();
    if (!year) refuseRoster('CurrentSchoolYearMustExist', 'No school year is current.');
    return this.rosters.roster(schoolId, year);
  }
}
