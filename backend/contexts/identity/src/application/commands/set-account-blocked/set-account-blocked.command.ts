import { Command } from '@preau/contracts';
/** Blocks (or unblocks) an account; blocking ends its sessions at once. */
export class SetAccountBlockedCommand extends Command<void> {
  constructor(
    readonly actorId: string,
    readonly accountId: string,
    readonly blocked: boolean,
  ) {
    super();
  }
}
