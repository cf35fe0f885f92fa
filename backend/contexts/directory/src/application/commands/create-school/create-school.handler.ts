import { Inject } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { type AdminSchoolView, DirectoryEvents, ErrorCodes } from '@preau/contracts';
import { checkRule, DomainError, newId } from '@preau/kernel';
import { Outbox } from '@preau/platform';
import { School } from '../../../domain/school/school';
import { SCHOOL_REPOSITORY, type SchoolRepository } from '../../../domain/school/school.repository';
import { directorsAreSchoolAdminsOfTheAcademy } from '../../../domain/school/rules/staff-of-the-academy.rule';
import { Uai } from '../../../domain/school/uai';
import { adminSchoolView } from '../../admin-views';
import { DIRECTORY_GRAPH_READ_MODEL, type DirectoryGraphReadModel } from '../../ports/directory-graph-read-model';
import { CreateSchoolCommand } from './create-school.command';

/**
 * An academy administrator creates a school of their academy (docs/product/access-rules.md, section 5: structures).
 * - Only an ACADEMY_ADMIN (403 for anyone else); the school joins the administrator's academy.
 * - The UAI carries its check letter (400 `UaiHasItsCheckLetter`) and belongs to one school only (409 `UaiIsUnique`).
 * - The optional director is an existing SCHOOL_ADMIN who already directs or teaches in the academy
 *   (400 `DirectorsAreSchoolAdminsOfTheAcademy`); a new director is registered as the school's staff afterwards.
 */
@CommandHandler(CreateSchoolCommand)
export class CreateSchoolHandler implements ICommandHandler<CreateSchoolCommand, AdminSchoolView> {
  constructor(
    @Inject(DIRECTORY_GRAPH_READ_MODEL) private readonly graphs: DirectoryGraphReadModel,
    @Inject(SCHOOL_REPOSITORY) private readonly schools: SchoolRepository,
    private readonly outbox: Outbox,
  ) {}

  async execute({ actorId, request }: CreateSchoolCommand): Promise<AdminSchoolView> {
    const directorIds = request.directorId ? [request.directorId] : [];
    const graph = await this.graphs.around({ personIds: [actorId, ...directorIds] });
    const academyId = graph.roleOf(actorId) === 'ACADEMY_ADMIN' ? graph.academiesAdministeredBy(actorId)[0] : undefined;
    if (!academyId)
      throw new DomainError(ErrorCodes.FORBIDDEN, 'Only an academy administrator creates schools.', {
        rule: 'OnlyAnAcademyAdministratorCreatesSchools',
      });
    const uai = Uai.parse(request.uai);
    if (await this.schools.byUai(uai.value))
      throw new DomainError(ErrorCodes.CONFLICT, 'A school with this UAI already exists.', { rule: 'UaiIsUnique' });
    checkRule(directorsAreSchoolAdminsOfTheAcademy(graph, directorIds, academyId, 'directorId'));
    const school = School.create({
      id: newId(),
      academyId,
      name: request.name,
      uai,
      address: request.address ?? null,
      directorIds,
    });
    this.schools.add(school);
    this.outbox.publish(DirectoryEvents.SchoolCreated, { schoolId: school.id, actorId });
    return adminSchoolView(graph, school);
  }
}
