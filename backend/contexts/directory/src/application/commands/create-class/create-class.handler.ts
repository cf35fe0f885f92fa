import { Inject } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { type AdminClassView, DirectoryEvents, ErrorCodes } from '@preau/contracts';
import { checkRule, DomainError, newId, rule } from '@preau/kernel';
import { Outbox } from '@preau/platform';
import { checkSchoolInReach } from '../../../domain/school/rules/school-in-reach.rule';
import { teachersAreStaffOfTheAcademy } from '../../../domain/school-class/rules/teachers-of-the-academy.rule';
import { SchoolClass } from '../../../domain/school-class/school-class';
import { CLASS_REPOSITORY, type ClassRepository } from '../../../domain/school-class/school-class.repository';
import { adminClassView } from '../../admin-views';
import { DIRECTORY_GRAPH_READ_MODEL, type DirectoryGraphReadModel } from '../../ports/directory-graph-read-model';
import { SCHOOL_YEARS_READ_MODEL, type SchoolYearsReadModel } from '../../ports/school-years';
import { CreateClassCommand } from './create-class.command';

/**
 * The school's director or the academy's administrator creates a class (docs/product/access-rules.md, section 5):
 * 404 for an unknown school or one outside the administrator's reach, 403 for anyone else. The school year defaults to the current one and must exist
 * (400 `SchoolYearExists`); one level or two (400 `AClassHasOneOrTwoLevels`); a name unique in the school and year
 * (409 `ClassNameIsUniqueInSchoolYear`); teachers are TEACHER or SCHOOL_ADMIN accounts already working in the
 * school's academy (400 `TeachersAreStaffOfTheAcademy`). Every module is on; the settings are the domain's defaults.
 */
@CommandHandler(CreateClassCommand)
export class CreateClassHandler implements ICommandHandler<CreateClassCommand, AdminClassView> {
  constructor(
    @Inject(DIRECTORY_GRAPH_READ_MODEL) private readonly graphs: DirectoryGraphReadModel,
    @Inject(CLASS_REPOSITORY) private readonly classes: ClassRepository,
    @Inject(SCHOOL_YEARS_READ_MODEL) private readonly years: SchoolYearsReadModel,
    private readonly outbox: Outbox,
  ) {}

  async execute({ actorId, schoolId, request }: CreateClassCommand): Promise<AdminClassView> {
    const teacherIds = [...new Set(request.teacherIds ?? [])];
    const graph = await this.graphs.around({ personIds: [actorId, ...teacherIds], schoolIds: [schoolId] });
    checkSchoolInReach(graph, actorId, schoolId, 'structure.manage');
    const academyId = graph.school(schoolId)?.academyId ?? '';

    const schoolYearId = request.schoolYearId ?? (await this.years.current());
    const yearExists = schoolYearId !== null && (await this.years.exists(schoolYearId));
    checkRule(rule('SchoolYearExists', 'VALIDATION_FAILED', 'No such school year.', () => !yearExists, 'schoolYearId'));
    checkRule(teachersAreStaffOfTheAcademy(graph, teacherIds, academyId));

    const klass = SchoolClass.create({
      id: newId(),
      schoolId,
      schoolYearId: schoolYearId as string,
      name: request.name,
      levels: request.levels,
      teacherIds,
    });
    if (await this.classes.named(schoolId, klass.schoolYearId, klass.name))
      throw new DomainError(ErrorCodes.CONFLICT, 'The school already has a class of that name this year.', {
        rule: 'ClassNameIsUniqueInSchoolYear',
      });
    this.classes.add(klass);
    this.outbox.publish(DirectoryEvents.ClassCreated, { classId: klass.id, schoolId, actorId });
    return adminClassView(graph, klass);
  }
}
