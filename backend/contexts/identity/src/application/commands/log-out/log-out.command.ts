export class LogOutCommand {
  constructor(
    readonly sessionIdHash: string,
    readonly accountId: string,
  ) {}
}
