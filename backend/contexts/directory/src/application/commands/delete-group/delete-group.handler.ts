import { Inject } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { ErrorCodes } from '@preau/contracts';
import { DomainError } from '@preau/kernel';
import { checkManagesGroups } from '../../../domain';
import { GROUP_REPOSITORY, type GroupRepository } from '../../../domain/pupil-group/pupil-group.repository';
import { DIRECTORY_GRAPH_READ_MODEL, type DirectoryGraphReadModel } from '../../ports/directory-graph-read-model';
import { DeleteGroupCommand } from './delete-group.command';

@CommandHandler(DeleteGroupCommand)
export class DeleteGroupHandler implements ICommandHandler<DeleteGroupCommand, void> {
  constructor(
    @Inject(DIRECTORY_GRAPH_READ_MODEL) private readonly graphs: DirectoryGraphReadModel,
    @Inject(GROUP_REPOSITORY) private readonly groups: GroupRepository,
  ) {}

  async execute({ actorId, groupId }: DeleteGroupCommand): Promise<void> {
    const group = await this.groups.byId(groupId);
    if (!group) throw new DomainError(ErrorCodes.NOT_FOUND, 'No such group.');
    const graph = await this.graphs.around({ personIds: [actorId], classIds: [group.classId] });
    checkManagesGroups(graph, actorId, group.classId);
    this.groups.remove(group);
  }
}
