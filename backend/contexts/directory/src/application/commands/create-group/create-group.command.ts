import { Command, type GroupView } from '@preau/contracts';
import type { Id } from '@preau/kernel';

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
