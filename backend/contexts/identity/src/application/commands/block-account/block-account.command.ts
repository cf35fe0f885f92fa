/** Blocks (or unblocks) an account; blocking ends its sessions at once. Authorisation is the caller's (admin policy). */
export class SetAccountBlockedCommand {
  constructor(
    readonly accountId: string,
    readonly blocked: boolean,
  ) {}
}
