import { Command } from '@preau/contracts';
import type { Id } from '@preau/kernel';

export class UnshareFromClassCommand extends Command<void> {
  constructor(
    readonly actorId: Id,
    readonly classId: Id,
    readonly mediaId: Id,
  ) {
    super();
  }
}
