/** Blocks (or unblocks) an account; blocking ends its sessions at once. */
export class SetAccountBlockedCommand {
  constructor(
    readonly actorId: string,
    readonly accountId: string,
    readonly blocked: boolean,
  ) {}
}
