import { Command } from '@preau/contracts';
import type { Id } from '@preau/kernel';

export class DeleteGroupCommand extends Command<void> {
  constructor(
    readonly actorId: Id,
    readonly groupId: Id,
  ) {
    super();
  }
}
