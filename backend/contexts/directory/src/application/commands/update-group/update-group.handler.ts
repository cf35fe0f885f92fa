import { Inject } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { ErrorCodes, type GroupView } from '@preau/contracts';
import { DomainError } from '@preau/kernel';
import { checkManagesGroups } from '../../../domain';
import { GROUP_REPOSITORY, type GroupRepository } from '../../../domain/pupil-group/pupil-group.repository';
import { DIRECTORY_GRAPH_READ_MODEL, type DirectoryGraphReadModel } from '../../ports/directory-graph-read-model';
import { groupView } from '../../views';
import { UpdateGroupCommand } from './update-group.command';

/** Renames a group or changes its pupils (still pupils of its class, its name still unique there). */
@CommandHandler(UpdateGroupCommand)
export class UpdateGroupHandler implements ICommandHandler<UpdateGroupCommand, GroupView> {
  constructor(
    @Inject(DIRECTORY_GRAPH_READ_MODEL) private readonly graphs: DirectoryGraphReadModel,
    @Inject(GROUP_REPOSITORY) private readonly groups: GroupRepository,
  ) {}

  async execute({ actorId, groupId, changes }: UpdateGroupCommand): Promise<GroupView> {
    const group = await this.groups.byId(groupId);
    if (!group) throw new DomainError(ErrorCodes.NOT_FOUND, 'No such group.');
    const graph = await this.graphs.around({ personIds: [actorId], classIds: [group.classId] });
    checkManagesGroups(graph, actorId, group.classId);
    if (changes.name !== undefined && changes.name.trim() !== group.name) {
      const other = await this.groups.named(group.classId, changes.name.trim());
      if (other && other.id !== group.id)
        throw new DomainError(ErrorCodes.CONFLICT, 'The class already has a group of that name.', {
          rule: 'GroupNamesAreUniqueInAClass',
        });
      group.rename(changes.name);
    }
    if (changes.pupilIds) group.setPupils(changes.pupilIds, graph.pupilsOf(group.classId));
    return groupView(graph, group);
  }
}
