export class ChangePasswordCommand {
  constructor(
    readonly accountId: string,
    readonly sessionIdHash: string,
    readonly currentPassword: string,
    readonly newPassword: string,
  ) {}
}
