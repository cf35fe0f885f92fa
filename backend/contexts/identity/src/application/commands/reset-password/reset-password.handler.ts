import { Inject } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { ErrorCodes, IdentityEvents, type PasswordResetResult } from '@preau/contracts';
import { CLOCK, type Clock, DomainError } from '@preau/kernel';
import { Bus, Outbox } from '@preau/platform';
import { ACCOUNT_REPOSITORY, type AccountRepository } from '../../../domain/account/account.repository';
import { SESSION_REPOSITORY, type SessionRepository } from '../../../domain/session/session.repository';
import { assertMayManage } from '../../may-manage';
import { cardToken, CREDENTIAL_DERIVER, type CredentialDeriver } from '../../ports/credential-deriver.port';
import { PASSWORD_HASHER, type PasswordHasher } from '../../ports/password-hasher.port';
import { newTemporaryPassword } from '../../tokens';
import { ResetPasswordCommand } from './reset-password.command';

/**
 * A password reset (docs/product/access-rules.md, Administration: a teacher for the pupils of their classes, a
 * director for the school's non-admin accounts, an academy administrator for the academy). A pupil gets a new first
 * password and a new card (the old ones stop working); an adult a temporary password they must change at their next
 * login. Every session of the account ends. Audited (PasswordReset).
 */
@CommandHandler(ResetPasswordCommand)
export class ResetPasswordHandler implements ICommandHandler<ResetPasswordCommand, PasswordResetResult> {
  constructor(
    @Inject(ACCOUNT_REPOSITORY) private readonly accounts: AccountRepository,
    @Inject(SESSION_REPOSITORY) private readonly sessions: SessionRepository,
    @Inject(PASSWORD_HASHER) private readonly hasher: PasswordHasher,
    @Inject(CREDENTIAL_DERIVER) private readonly deriver: CredentialDeriver,
    @Inject(CLOCK) private readonly clock: Clock,
    private readonly outbox: Outbox,
    private readonly bus: Bus,
  ) {}

  async execute(command: ResetPasswordCommand): Promise<PasswordResetResult> {
    await assertMayManage(this.bus, command.actorId, [command.targetId], 'reset-password');
    const account = await this.accounts.byId(command.targetId);
    if (!account) throw new DomainError(ErrorCodes.NOT_FOUND, 'No such account.');
    const now = this.clock.now();
    let result: PasswordResetResult;
    if (account.isPupil()) {
      account.resetPupil(now);
      const version = account.cardVersion as number;
      result = {
        id: account.id,
        login: account.login,
        temporaryPassword: this.deriver.firstPassword(account.id, version),
        mustChangePassword: false,
        cardToken: cardToken(account.id, this.deriver.cardSecret(account.id, version)),
      };
    } else {
      const temporary = newTemporaryPassword();
      account.resetAdult(await this.hasher.hash(temporary), now);
      result = { id: account.id, login: account.login, temporaryPassword: temporary, mustChangePassword: true, cardToken: null };
    }
    await this.sessions.removeAllOf(account.id);
    this.outbox.publish(IdentityEvents.PasswordReset, { accountId: account.id, actorId: command.actorId });
    return result;
  }
}
