import { Inject } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { RegisterStaffCommand } from '@preau/contracts';
import { checkAdministerSchool, schoolsAdministeredBy } from '../../../domain';
import { Person } from '../../../domain/person/person';
import { PEOPLE_REPOSITORY, type PeopleRepository } from '../../../domain/person/person.repository';
import { SchoolStaff } from '../../../domain/person/places';
import { refuseRoster } from '../../../domain/person/roster.rules';
import { SCHOOL_REPOSITORY, type SchoolRepository } from '../../../domain/school/school.repository';
import { DIRECTORY_GRAPH_READ_MODEL, type DirectoryGraphReadModel } from '../../ports/directory-graph-read-model';

/**
 * A teacher or a director joins a school (docs/product/access-rules.md, Administration): the school's director or
 * the academy's administrator registers a teacher; only the academy's administrator appoints a director, who also
 * belongs to the school's staff. A teacher belongs to the school before any class is theirs. Someone already
 * registered (same id) is updated and joins this school too, if the actor runs a school they belong to.
 */
@CommandHandler(RegisterStaffCommand)
export class RegisterStaffHandler implements ICommandHandler<RegisterStaffCommand, void> {
  constructor(
    @Inject(DIRECTORY_GRAPH_READ_MODEL) private readonly graphs: DirectoryGraphReadModel,
    @Inject(PEOPLE_REPOSITORY) private readonly people: PeopleRepository,
    @Inject(SCHOOL_REPOSITORY) private readonly schools: SchoolRepository,
  ) {}

  async execute({ actorId, schoolId, staff }: RegisterStaffCommand): Promise<void> {
    const graph = await this.graphs.around({ personIds: [actorId, staff.id], schoolIds: [schoolId] });
    checkAdministerSchool(graph, actorId, schoolId, 'structure.manage');
    if (staff.role === 'SCHOOL_ADMIN' && graph.roleOf(actorId) !== 'ACADEMY_ADMIN') {
      refuseRoster('OnlyTheAcademyAppointsDirectors', "Only the academy's administrator appoints a director.", {
        schoolId,
      });
    }
    const details = { firstName: staff.firstName, lastName: staff.lastName, email: staff.email };
    const [existing] = await this.people.byIds([staff.id]);
    if (existing) {
      const administered = schoolsAdministeredBy(graph, actorId);
      const schools = [...graph.schoolsWhereTeaches(staff.id), ...graph.schoolsDirectedBy(staff.id)];
      if (!schools.some((s) => administered.includes(s))) {
        refuseRoster('StaffMustBeOfTheAcademy', 'No such teacher or director in your schools.', { personId: staff.id });
      }
      if (existing.role !== staff.role) {
        refuseRoster('StaffRoleMustMatch', `This person is registered as ${existing.role}.`, { personId: staff.id });
      }
      existing.update(details);
    } else {
      this.people.add(Person.register(staff.id, staff.role, details));
    }
    if ((await this.people.staffOf(schoolId, [staff.id])).length === 0) {
      this.people.add(new SchoolStaff(schoolId, staff.id));
    }
    if (staff.role === 'SCHOOL_ADMIN') {
      const school = await this.schools.byId(schoolId);
      if (school && !school.directorIds.includes(staff.id)) {
        school.appointDirectors([...school.directorIds, staff.id]);
        await this.schools.save(school);
      }
    }
  }
}
