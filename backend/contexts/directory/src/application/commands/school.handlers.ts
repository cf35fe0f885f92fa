import { Inject } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { DirectoryEvents, ErrorCodes, ProvisionStructureCommand, type SchoolView } from '@preau/contracts';
import { DomainError } from '@preau/kernel';
import { Outbox } from '@preau/platform';
import { checkAdministerSchool } from '../../domain';
import { DIRECTORY_GRAPH_SOURCE, type DirectoryGraphSource } from '../ports/directory-graph.source';
import { SCHOOL_REPOSITORY, type SchoolRepository, STRUCTURE_WRITER, type StructureWriter } from '../ports/repositories';
import { schoolView } from '../views';
import { SetSchoolSwitchesCommand } from './directory.commands';

/** Emergency switches: a module off for a whole school at once (after the 2024 wave of hijacked accounts). */
@CommandHandler(SetSchoolSwitchesCommand)
export class SetSchoolSwitchesHandler implements ICommandHandler<SetSchoolSwitchesCommand, SchoolView> {
  constructor(
    @Inject(DIRECTORY_GRAPH_SOURCE) private readonly graphs: DirectoryGraphSource,
    @Inject(SCHOOL_REPOSITORY) private readonly schools: SchoolRepository,
    private readonly outbox: Outbox,
  ) {}

  async execute({ actorId, schoolId, switches }: SetSchoolSwitchesCommand): Promise<SchoolView> {
    const graph = await this.graphs.around({ personIds: [actorId], schoolIds: [schoolId] });
    checkAdministerSchool(graph, actorId, schoolId, 'switches.manage');
    const school = await this.schools.byId(schoolId);
    if (!school) throw new DomainError(ErrorCodes.NOT_FOUND, 'No such school.');
    const changed = school.setSwitches(switches);
    if (Object.keys(changed).length) this.outbox.publish(DirectoryEvents.SchoolSwitchesChanged, { schoolId, changes: changed });
    const after = await this.graphs.around({ personIds: [actorId], schoolIds: [schoolId] });
    return schoolView(after, schoolId);
  }
}

/** Provisions a whole structure in one unit of work (the demo academy; ONDE imports will build on it). */
@CommandHandler(ProvisionStructureCommand)
export class ProvisionStructureHandler implements ICommandHandler<ProvisionStructureCommand, void> {
  constructor(@Inject(STRUCTURE_WRITER) private readonly writer: StructureWriter) {}

  execute({ structure }: ProvisionStructureCommand): Promise<void> {
    return this.writer.provision(structure);
  }
}
