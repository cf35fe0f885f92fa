import { Inject } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { ErrorCodes, IdentityEvents } from '@preau/contracts';
import { CLOCK, type Clock, DomainError } from '@preau/kernel';
import { Outbox } from '@preau/platform';
import { ACCOUNT_REPOSITORY, type AccountRepository } from '../../../domain/account/account.repository';
import { checkNewPassword } from '../../../domain/account/password-policy';
import { SESSION_REPOSITORY, type SessionRepository } from '../../../domain/session/session.repository';
import { passwordOpens } from '../../password-check';
import { CREDENTIAL_DERIVER, type CredentialDeriver } from '../../ports/credential-deriver.port';
import { PASSWORD_HASHER, type PasswordHasher } from '../../ports/password-hasher.port';
import { ChangePasswordCommand } from './change-password.command';

/**
 * A user changes their password; their other sessions end (a lost tablet is logged out). The current password
 * may be a pupil's first password or an adult's temporary one: choosing a password ends both (decision 0010).
 */
@CommandHandler(ChangePasswordCommand)
export class ChangePasswordHandler implements ICommandHandler<ChangePasswordCommand, void> {
  constructor(
    @Inject(ACCOUNT_REPOSITORY) private readonly accounts: AccountRepository,
    @Inject(SESSION_REPOSITORY) private readonly sessions: SessionRepository,
    @Inject(PASSWORD_HASHER) private readonly hasher: PasswordHasher,
    @Inject(CLOCK) private readonly clock: Clock,
    private readonly outbox: Outbox,
    @Inject(CREDENTIAL_DERIVER) private readonly deriver: CredentialDeriver,
  ) {}

  async execute(command: ChangePasswordCommand): Promise<void> {
    const account = await this.accounts.byId(command.accountId);
    if (!account) throw new DomainError(ErrorCodes.NOT_FOUND, 'No such account.');
    if (!(await passwordOpens(account, command.currentPassword, this.hasher, this.deriver))) {
      throw new DomainError(ErrorCodes.VALIDATION_FAILED, 'The current password is wrong.', {
        errors: [{ field: 'currentPassword', message: 'The current password is wrong.' }],
      });
    }
    checkNewPassword(command.newPassword, account.login);
    account.changePassword(await this.hasher.hash(command.newPassword), this.clock.now());
    const ended = await this.sessions.removeAllOf(account.id, command.sessionIdHash);
    this.outbox.publish(IdentityEvents.PasswordChanged, { accountId: account.id, endedSessions: ended });
  }
}
