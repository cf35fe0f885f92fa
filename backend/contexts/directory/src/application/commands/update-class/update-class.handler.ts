import { Inject } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { type AdminClassView, DirectoryEvents, ErrorCodes } from '@preau/contracts';
import { checkRule, DomainError } from '@preau/kernel';
import { Outbox } from '@preau/platform';
import { checkSchoolInReach } from '../../../domain/school/rules/school-in-reach.rule';
import { teachersAreStaffOfTheAcademy } from '../../../domain/school-class/rules/teachers-of-the-academy.rule';
import { CLASS_REPOSITORY, type ClassRepository } from '../../../domain/school-class/school-class.repository';
import { adminClassView } from '../../admin-views';
import { DIRECTORY_GRAPH_READ_MODEL, type DirectoryGraphReadModel } from '../../ports/directory-graph-read-model';
import { UpdateClassCommand } from './update-class.command';

/**
 * The school's director or the academy's administrator renames a class, changes its levels or replaces its
 * teachers (docs/product/access-rules.md, section 5): 404 for an unknown class or one outside the administrator's reach, 403 for anyone else. The rules are
 * create-class's: one or two levels, a name unique in the school and year (409), teachers of the academy (newcomers
 * checked; the teachers in place stay valid).
 */
@CommandHandler(UpdateClassCommand)
export class UpdateClassHandler implements ICommandHandler<UpdateClassCommand, AdminClassView> {
  constructor(
    @Inject(DIRECTORY_GRAPH_READ_MODEL) private readonly graphs: DirectoryGraphReadModel,
    @Inject(CLASS_REPOSITORY) private readonly classes: ClassRepository,
    private readonly outbox: Outbox,
  ) {}

  async execute({ actorId, classId, changes }: UpdateClassCommand): Promise<AdminClassView> {
    const klass = await this.classes.byId(classId);
    if (!klass) throw new DomainError(ErrorCodes.NOT_FOUND, 'No such class.');
    const wanted = changes.teacherIds ? [...new Set(changes.teacherIds)] : undefined;
    const graph = await this.graphs.around({ personIds: [actorId, ...(wanted ?? [])], schoolIds: [klass.schoolId] });
    checkSchoolInReach(graph, actorId, klass.schoolId, 'structure.manage');

    let changed = false;
    if (changes.name !== undefined && changes.name.trim() !== klass.name) {
      const taken = await this.classes.named(klass.schoolId, klass.schoolYearId, changes.name.trim());
      if (taken && taken.id !== klass.id)
        throw new DomainError(ErrorCodes.CONFLICT, 'The school already has a class of that name this year.', {
          rule: 'ClassNameIsUniqueInSchoolYear',
        });
      klass.rename(changes.name);
      changed = true;
    }
    if (changes.levels !== undefined) {
      const before = klass.levels.join();
      klass.changeLevels(changes.levels);
      changed ||= klass.levels.join() !== before;
    }
    if (wanted !== undefined) {
      const newcomers = wanted.filter((id) => !klass.teacherIds.includes(id));
      checkRule(teachersAreStaffOfTheAcademy(graph, newcomers, graph.school(klass.schoolId)?.academyId ?? ''));
      if (newcomers.length > 0 || wanted.length !== klass.teacherIds.length) {
        klass.assignTeachers(wanted);
        changed = true;
      }
    }
    await this.classes.save(klass);
    if (changed) this.outbox.publish(DirectoryEvents.ClassUpdated, { classId, schoolId: klass.schoolId, actorId });
    const after = await this.graphs.around({ personIds: [actorId, ...klass.teacherIds], classIds: [classId] });
    return adminClassView(after, klass);
  }
}
