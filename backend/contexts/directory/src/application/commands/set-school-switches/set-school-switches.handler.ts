import { Inject } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { DirectoryEvents, ErrorCodes, type SchoolView } from '@preau/contracts';
import { DomainError } from '@preau/kernel';
import { Outbox } from '@preau/platform';
import { checkAdministerSchool } from '../../../domain';
import { SCHOOL_REPOSITORY, type SchoolRepository } from '../../../domain/school/school.repository';
import { DIRECTORY_GRAPH_READ_MODEL, type DirectoryGraphReadModel } from '../../ports/directory-graph-read-model';
import { schoolView } from '../../views';
import { SetSchoolSwitchesCommand } from './set-school-switches.command';

/** Emergency switches: a module off for a whole school at once (after the 2024 wave of hijacked accounts). */
@CommandHandler(SetSchoolSwitchesCommand)
export class SetSchoolSwitchesHandler implements ICommandHandler<SetSchoolSwitchesCommand, SchoolView> {
  constructor(
    @Inject(DIRECTORY_GRAPH_READ_MODEL) private readonly graphs: DirectoryGraphReadModel,
    @Inject(SCHOOL_REPOSITORY) private readonly schools: SchoolRepository,
    private readonly outbox: Outbox,
  ) {}

  async execute({ actorId, schoolId, switches }: SetSchoolSwitchesCommand): Promise<SchoolView> {
    const graph = await this.graphs.around({ personIds: [actorId], schoolIds: [schoolId] });
    checkAdministerSchool(graph, actorId, schoolId, 'switches.manage');
    const school = await this.schools.byId(schoolId);
    if (!school) throw new DomainError(ErrorCodes.NOT_FOUND, 'No such school.');
    const changed = school.setSwitches(switches);
    if (Object.keys(changed).length)
      this.outbox.publish(DirectoryEvents.SchoolSwitchesChanged, { schoolId, changes: changed });
    const after = await this.graphs.around({ personIds: [actorId], schoolIds: [schoolId] });
    return schoolView(after, schoolId);
  }
}
