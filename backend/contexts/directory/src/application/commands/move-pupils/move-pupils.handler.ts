import { Inject } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { type AdminClassView, DirectoryEvents, ErrorCodes } from '@preau/contracts';
import { checkRule, DomainError, rule } from '@preau/kernel';
import { Outbox } from '@preau/platform';
import { checkSchoolInReach } from '../../../domain/school/rules/school-in-reach.rule';
import { ENROLMENT_REPOSITORY, type EnrolmentRepository } from '../../../domain/enrolment/enrolment.repository';
import { CLASS_REPOSITORY, type ClassRepository } from '../../../domain/school-class/school-class.repository';
import { adminClassView } from '../../admin-views';
import { DIRECTORY_GRAPH_READ_MODEL, type DirectoryGraphReadModel } from '../../ports/directory-graph-read-model';
import { SCHOOL_YEARS_READ_MODEL, type SchoolYearsReadModel } from '../../ports/school-years';
import { MovePupilsCommand } from './move-pupils.command';

/**
 * The school's director or the academy's administrator moves pupils into a class of the current year
 * (docs/product/access-rules.md, section 5): the enrolment of each pupil for that year now names this class; what
 * they wrote in their old class stays there. 404 for an unknown class or one outside the administrator's reach, 403 for someone who administers nothing,
 * 400 `PupilsMoveWithinTheCurrentYear` for a class of another year, and 404 `PupilsAreOfTheSchool` (naming them)
 * for pupils not enrolled in the school this year: from here, an administrator knows the school's pupils only.
 */
@CommandHandler(MovePupilsCommand)
export class MovePupilsHandler implements ICommandHandler<MovePupilsCommand, AdminClassView> {
  constructor(
    @Inject(DIRECTORY_GRAPH_READ_MODEL) private readonly graphs: DirectoryGraphReadModel,
    @Inject(CLASS_REPOSITORY) private readonly classes: ClassRepository,
    @Inject(ENROLMENT_REPOSITORY) private readonly enrolments: EnrolmentRepository,
    @Inject(SCHOOL_YEARS_READ_MODEL) private readonly years: SchoolYearsReadModel,
    private readonly outbox: Outbox,
  ) {}

  async execute({ actorId, classId, pupilIds }: MovePupilsCommand): Promise<AdminClassView> {
    const klass = await this.classes.byId(classId);
    if (!klass) throw new DomainError(ErrorCodes.NOT_FOUND, 'No such class.');
    const graph = await this.graphs.around({ personIds: [actorId], schoolIds: [klass.schoolId] });
    checkSchoolInReach(graph, actorId, klass.schoolId, 'structure.manage');
    const current = await this.years.current();
    checkRule(
      rule(
        'PupilsMoveWithinTheCurrentYear',
        'VALIDATION_FAILED',
        'Pupils move into a class of the current school year.',
        () => klass.schoolYearId !== current,
      ),
    );
    const wanted = [...new Set(pupilIds)];
    const ofSchool = graph.pupilsOfSchool(klass.schoolId);
    const unknown = wanted.filter((id) => !ofSchool.includes(id));
    if (unknown.length)
      throw new DomainError(ErrorCodes.NOT_FOUND, 'Some of these pupils are not pupils of this school.', {
        rule: 'PupilsAreOfTheSchool',
        pupilIds: unknown,
      });

    const enrolments = await this.enrolments.ofPupils(wanted, klass.schoolYearId);
    const moved = enrolments.filter((e) => e.moveTo(classId)).map((e) => e.pupilId);
    if (moved.length)
      this.outbox.publish(DirectoryEvents.PupilsMoved, { schoolId: klass.schoolId, classId, actorId, pupilIds: moved });
    const after = await this.graphs.around({ personIds: [actorId, ...klass.teacherIds], classIds: [classId] });
    return adminClassView(after, klass);
  }
}
