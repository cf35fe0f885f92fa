import { Command, type GroupView } from '@preau/contracts';
import type { Id } from '@preau/kernel';

export class UpdateGroupCommand extends Command<GroupView> {
  constructor(
    readonly actorId: Id,
    readonly groupId: Id,
    readonly changes: { name?: string; pupilIds?: Id[] },
  ) {
    super();
  }
}
