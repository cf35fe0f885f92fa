import { Inject } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { ErrorCodes, type GroupView } from '@preau/contracts';
import { DomainError, newId } from '@preau/kernel';
import { checkManagesGroups } from '../../../domain';
import { PupilGroup } from '../../../domain/pupil-group/pupil-group';
import { GROUP_REPOSITORY, type GroupRepository } from '../../../domain/pupil-group/pupil-group.repository';
import { DIRECTORY_GRAPH_READ_MODEL, type DirectoryGraphReadModel } from '../../ports/directory-graph-read-model';
import { groupView } from '../../views';
import { CreateGroupCommand } from './create-group.command';

/** A teacher of the class makes a group of its pupils (homework targeting, differentiated messages). */
@CommandHandler(CreateGroupCommand)
export class CreateGroupHandler implements ICommandHandler<CreateGroupCommand, GroupView> {
  constructor(
    @Inject(DIRECTORY_GRAPH_READ_MODEL) private readonly graphs: DirectoryGraphReadModel,
    @Inject(GROUP_REPOSITORY) private readonly groups: GroupRepository,
  ) {}

  async execute({ actorId, classId, name, pupilIds }: CreateGroupCommand): Promise<GroupView> {
    const graph = await this.graphs.around({ personIds: [actorId], classIds: [classId] });
    checkManagesGroups(graph, actorId, classId);
    if (await this.groups.named(classId, name.trim()))
      throw new DomainError(ErrorCodes.CONFLICT, 'The class already has a group of that name.', {
        rule: 'GroupNamesAreUniqueInAClass',
      });
    const group = PupilGroup.create({ id: newId(), classId, name, pupilIds, pupilsOfClass: graph.pupilsOf(classId) });
    this.groups.add(group);
    return groupView(graph, group);
  }
}
