import { Inject } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { type AdminSchoolView, DirectoryEvents, ErrorCodes } from '@preau/contracts';
import { checkRule, DomainError } from '@preau/kernel';
import { Outbox } from '@preau/platform';
import { checkSchoolInReach } from '../../../domain/school/rules/school-in-reach.rule';
import { SCHOOL_REPOSITORY, type SchoolRepository } from '../../../domain/school/school.repository';
import { directorsAreSchoolAdminsOfTheAcademy } from '../../../domain/school/rules/staff-of-the-academy.rule';
import { Uai } from '../../../domain/school/uai';
import { adminSchoolView } from '../../admin-views';
import { DIRECTORY_GRAPH_READ_MODEL, type DirectoryGraphReadModel } from '../../ports/directory-graph-read-model';
import { UpdateSchoolCommand } from './update-school.command';

/**
 * Edits a school (docs/product/access-rules.md, section 5).
 * - The academy's administrator changes everything: name, UAI (check letter, 409 `UaiIsUnique` when another school
 *   has it), address, directors (replaced; SCHOOL_ADMIN accounts already working in the academy).
 * - The school's director changes its name and address only: the UAI identifies the school in the national
 *   register and the directors are named by the academy, so either is 403 `OnlyTheAcademyNamesUaiAndDirectors`.
 * - Anyone else: 404 for a school that does not exist or is outside an administrator's reach, 403 for someone who
 *   administers nothing (`checkSchoolInReach`).
 */
@CommandHandler(UpdateSchoolCommand)
export class UpdateSchoolHandler implements ICommandHandler<UpdateSchoolCommand, AdminSchoolView> {
  constructor(
    @Inject(DIRECTORY_GRAPH_READ_MODEL) private readonly graphs: DirectoryGraphReadModel,
    @Inject(SCHOOL_REPOSITORY) private readonly schools: SchoolRepository,
    private readonly outbox: Outbox,
  ) {}

  async execute({ actorId, schoolId, changes }: UpdateSchoolCommand): Promise<AdminSchoolView> {
    const directorIds = changes.directorIds ?? [];
    const graph = await this.graphs.around({ personIds: [actorId, ...directorIds], schoolIds: [schoolId] });
    checkSchoolInReach(graph, actorId, schoolId, 'structure.manage');
    const school = await this.schools.byId(schoolId);
    if (!school) throw new DomainError(ErrorCodes.NOT_FOUND, 'No such school.');
    const academyAdmin = graph.roleOf(actorId) === 'ACADEMY_ADMIN';
    if (!academyAdmin && (changes.uai !== undefined || changes.directorIds !== undefined))
      throw new DomainError(
        ErrorCodes.FORBIDDEN,
        "Only the academy's administrator changes a school's UAI or directors.",
        {
          rule: 'OnlyTheAcademyNamesUaiAndDirectors',
        },
      );

    let changed = false;
    if (changes.name !== undefined && changes.name.trim() !== school.name) {
      school.rename(changes.name);
      changed = true;
    }
    if (changes.uai !== undefined) {
      const uai = Uai.parse(changes.uai);
      if (uai.value !== school.uai) {
        const holder = await this.schools.byUai(uai.value);
        if (holder && holder.id !== school.id)
          throw new DomainError(ErrorCodes.CONFLICT, 'A school with this UAI already exists.', { rule: 'UaiIsUnique' });
        school.registerUai(uai);
        changed = true;
      }
    }
    if (changes.address !== undefined && JSON.stringify(changes.address) !== JSON.stringify(school.address)) {
      school.moveTo(changes.address);
      changed = true;
    }
    if (changes.directorIds !== undefined) {
      const wanted = [...new Set(changes.directorIds)];
      // Directors already in place stay valid; the newcomers must work in the academy.
      const newcomers = wanted.filter((id) => !school.directorIds.includes(id));
      checkRule(directorsAreSchoolAdminsOfTheAcademy(graph, newcomers, school.academyId, 'directorIds'));
      if (wanted.length !== school.directorIds.length || newcomers.length > 0) {
        school.appointDirectors(wanted);
        changed = true;
      }
    }
    await this.schools.save(school);
    if (changed) this.outbox.publish(DirectoryEvents.SchoolUpdated, { schoolId, actorId });
    const after = await this.graphs.around({ personIds: [actorId, ...school.directorIds], schoolIds: [schoolId] });
    return adminSchoolView(after, school);
  }
}
