import { Command } from '@preau/contracts';
export class ChangePasswordCommand extends Command<void> {
  constructor(
    readonly accountId: string,
    readonly sessionIdHash: string,
    readonly currentPassword: string,
    readonly newPassword: string,
  ) {
    super();
  }
}
