import { Inject } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { type ClassView, DirectoryEvents, ErrorCodes } from '@preau/contracts';
import { DomainError } from '@preau/kernel';
import { Outbox } from '@preau/platform';
import { checkClassAction } from '../../../domain';
import { CLASS_REPOSITORY, type ClassRepository } from '../../../domain/school-class/school-class.repository';
import { DIRECTORY_GRAPH_READ_MODEL, type DirectoryGraphReadModel } from '../../ports/directory-graph-read-model';
import { rereadClass } from '../../reread-class';
import { ChangeClassSettingsCommand } from './change-class-settings.command';

/** A teacher of the class (or its school's director) changes how comments are moderated, pupils' messages held, the blog shared. */
@CommandHandler(ChangeClassSettingsCommand)
export class ChangeClassSettingsHandler implements ICommandHandler<ChangeClassSettingsCommand, ClassView> {
  constructor(
    @Inject(DIRECTORY_GRAPH_READ_MODEL) private readonly graphs: DirectoryGraphReadModel,
    @Inject(CLASS_REPOSITORY) private readonly classes: ClassRepository,
    private readonly outbox: Outbox,
  ) {}

  async execute({ actorId, classId, changes }: ChangeClassSettingsCommand): Promise<ClassView> {
    const graph = await this.graphs.around({ personIds: [actorId], classIds: [classId] });
    checkClassAction(graph, actorId, classId, 'class.settings.change');
    const klass = await this.classes.byId(classId);
    if (!klass) throw new DomainError(ErrorCodes.NOT_FOUND, 'No such class.');
    const changed = klass.changeSettings(changes);
    if (Object.keys(changed).length)
      this.outbox.publish(DirectoryEvents.SettingsChanged, { classId, schoolId: klass.schoolId, changes: changed });
    return rereadClass(this.graphs, actorId, classId);
  }
}
