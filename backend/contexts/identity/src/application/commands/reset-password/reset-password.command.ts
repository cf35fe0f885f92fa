import { Command, type PasswordResetResult } from '@preau/contracts';

/** POST /admin/users/:id/password-reset. */
export class ResetPasswordCommand extends Command<PasswordResetResult> {
  constructor(
    readonly actorId: string,
    readonly targetId: string,
  ) {
    super();
  }
}
