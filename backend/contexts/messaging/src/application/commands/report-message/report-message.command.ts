import { Command } from '@preau/contracts';
import type { Id } from '@preau/kernel';

/** Someone a message reached tells the teachers about it. → void */
export class ReportMessageCommand extends Command<void> {
  constructor(
    readonly actorId: Id,
    readonly messageId: Id,
    readonly reason?: string,
  ) {
    super();
  }
}
