import { Inject } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { type ClassView, DirectoryEvents, ErrorCodes } from '@preau/contracts';
import { DomainError } from '@preau/kernel';
import { Outbox } from '@preau/platform';
import { checkClassAction } from '../../domain';
import { DIRECTORY_GRAPH_SOURCE, type DirectoryGraphSource } from '../ports/directory-graph.source';
import { CLASS_REPOSITORY, type ClassRepository } from '../ports/repositories';
import { classView } from '../views';
import { ChangeClassSettingsCommand, SwitchModulesCommand } from './directory.commands';

/** A teacher of the class (or its school's director) switches modules on or off; the data of a module is kept. */
@CommandHandler(SwitchModulesCommand)
export class SwitchModulesHandler implements ICommandHandler<SwitchModulesCommand, ClassView> {
  constructor(
    @Inject(DIRECTORY_GRAPH_SOURCE) private readonly graphs: DirectoryGraphSource,
    @Inject(CLASS_REPOSITORY) private readonly classes: ClassRepository,
    private readonly outbox: Outbox,
  ) {}

  async execute({ actorId, classId, changes }: SwitchModulesCommand): Promise<ClassView> {
    const graph = await this.graphs.around({ personIds: [actorId], classIds: [classId] });
    checkClassAction(graph, actorId, classId, 'class.modules.switch');
    const klass = await this.classes.byId(classId);
    if (!klass) throw new DomainError(ErrorCodes.NOT_FOUND, 'No such class.');
    const changed = klass.switchModules(changes);
    if (Object.keys(changed).length) this.outbox.publish(DirectoryEvents.ModulesSwitched, { classId, schoolId: klass.schoolId, changes: changed });
    return rereadClass(this.graphs, actorId, classId);
  }
}

@CommandHandler(ChangeClassSettingsCommand)
export class ChangeClassSettingsHandler implements ICommandHandler<ChangeClassSettingsCommand, ClassView> {
  constructor(
    @Inject(DIRECTORY_GRAPH_SOURCE) private readonly graphs: DirectoryGraphSource,
    @Inject(CLASS_REPOSITORY) private readonly classes: ClassRepository,
    private readonly outbox: Outbox,
  ) {}

  async execute({ actorId, classId, changes }: ChangeClassSettingsCommand): Promise<ClassView> {
    const graph = await this.graphs.around({ personIds: [actorId], classIds: [classId] });
    checkClassAction(graph, actorId, classId, 'class.settings.change');
    const klass = await this.classes.byId(classId);
    if (!klass) throw new DomainError(ErrorCodes.NOT_FOUND, 'No such class.');
    const changed = klass.changeSettings(changes);
    if (Object.keys(changed).length) this.outbox.publish(DirectoryEvents.SettingsChanged, { classId, schoolId: klass.schoolId, changes: changed });
    return rereadClass(this.graphs, actorId, classId);
  }
}

/** The class as the actor now sees it, after the unit of work's pending changes are flushed. */
async function rereadClass(graphs: DirectoryGraphSource, actorId: string, classId: string): Promise<ClassView> {
  const graph = await graphs.around({ personIds: [actorId], classIds: [classId] });
  return classView(graph, classId, checkClassAction(graph, actorId, classId, 'class.read'));
}
