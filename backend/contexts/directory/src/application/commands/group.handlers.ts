import { Command } from '@preau/contracts';
import { Inject } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { ErrorCodes, type GroupView } from '@preau/contracts';
import { DomainError, type Id, newId } from '@preau/kernel';
import { checkManagesGroups, type DirectoryGraph } from '../../domain';
import { PupilGroup } from '../../domain/model/pupil-group';
import { DIRECTORY_GRAPH_SOURCE, type DirectoryGraphSource } from '../ports/directory-graph.source';
import { GROUP_REPOSITORY, type GroupRepository } from '../ports/repositories';
import { personView } from '../views';

export class CreateGroupCommand extends Command<GroupView> {
  constructor(
    readonly actorId: Id,
    readonly classId: Id,
    readonly name: string,
    readonly pupilIds: Id[],
  ) {
    super();
  }
}

export class UpdateGroupCommand extends Command<GroupView> {
  constructor(
    readonly actorId: Id,
    readonly groupId: Id,
    readonly changes: { name?: string; pupilIds?: Id[] },
  ) {
    super();
  }
}

export class DeleteGroupCommand extends Command<void> {
  constructor(
    readonly actorId: Id,
    readonly groupId: Id,
  ) {
    super();
  }
}

export function groupView(graph: DirectoryGraph, group: PupilGroup): GroupView {
  return {
    id: group.id,
    classId: group.classId,
    name: group.name,
    pupils: group.pupilIds
      .map((id) => personView(graph, id))
      .filter((p) => p !== null)
      .sort((a, b) => a.displayName.localeCompare(b.displayName, 'fr')),
  };
}

@CommandHandler(CreateGroupCommand)
export class CreateGroupHandler implements ICommandHandler<CreateGroupCommand, GroupView> {
  constructor(
    @Inject(DIRECTORY_GRAPH_SOURCE) private readonly graphs: DirectoryGraphSource,
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

@CommandHandler(UpdateGroupCommand)
export class UpdateGroupHandler implements ICommandHandler<UpdateGroupCommand, GroupView> {
  constructor(
    @Inject(DIRECTORY_GRAPH_SOURCE) private readonly graphs: DirectoryGraphSource,
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

@CommandHandler(DeleteGroupCommand)
export class DeleteGroupHandler implements ICommandHandler<DeleteGroupCommand, void> {
  constructor(
    @Inject(DIRECTORY_GRAPH_SOURCE) private readonly graphs: DirectoryGraphSource,
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
