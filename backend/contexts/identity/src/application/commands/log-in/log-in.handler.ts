import { Inject } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { ErrorCodes, IdentityEvents } from '@preau/contracts';
import { CLOCK, type Clock } from '@preau/kernel';
import { Outbox } from '@preau/platform';
import { Account } from '../../../domain/account/account';
import { ACCOUNT_REPOSITORY, type AccountRepository } from '../../../domain/account/account.repository';
import { SESSION_REPOSITORY, type SessionRepository } from '../../../domain/session/session.repository';
import { openSession } from '../../open-session';
import { passwordOpens } from '../../password-check';
import { CREDENTIAL_DERIVER, type CredentialDeriver } from '../../ports/credential-deriver.port';
import { LOGIN_THROTTLE, type LoginThrottle } from '../../ports/login-throttle.port';
import { PASSWORD_HASHER, type PasswordHasher } from '../../ports/password-hasher.port';
import { LogInCommand, type LogInResult } from './log-in.command';

/**
 * A failed login is an answer, not an exception: the failure is recorded (throttle and audit event)
 * and committed, and the caller gets INVALID_CREDENTIALS whether the login exists or not. A pupil may use the
 * derived first password until they choose one; an adult waiting for activation has no password yet (decision 0010).
 */
@CommandHandler(LogInCommand)
export class LogInHandler implements ICommandHandler<LogInCommand, LogInResult> {
  constructor(
    @Inject(ACCOUNT_REPOSITORY) private readonly accounts: AccountRepository,
    @Inject(SESSION_REPOSITORY) private readonly sessions: SessionRepository,
    @Inject(PASSWORD_HASHER) private readonly hasher: PasswordHasher,
    @Inject(LOGIN_THROTTLE) private readonly throttle: LoginThrottle,
    @Inject(CLOCK) private readonly clock: Clock,
    private readonly outbox: Outbox,
    @Inject(CREDENTIAL_DERIVER) private readonly deriver: CredentialDeriver,
  ) {}

  async execute(command: LogInCommand): Promise<LogInResult> {
    const login = Account.normaliseLogin(command.login);
    await this.throttle.assertAllowed(login, command.origin);
    const account = await this.accounts.byLogin(login);
    // An unknown login costs the same hashing work as a known one: no timing oracle.
    const valid = await passwordOpens(account, command.password, this.hasher, this.deriver);
    if (!account || !valid) {
      await this.throttle.recordFailure(login, command.origin);
      this.outbox.publish(IdentityEvents.LoginFailed, { login: login.slice(0, 100), accountId: account?.id ?? null }, { actorId: null, origin: command.origin });
      return { ok: false, code: ErrorCodes.INVALID_CREDENTIALS };
    }
    if (account.blocked) {
      this.outbox.publish(IdentityEvents.LoginFailed, { login, accountId: account.id, reason: 'blocked' }, { actorId: account.id, origin: command.origin });
      return { ok: false, code: ErrorCodes.ACCOUNT_BLOCKED };
    }
    await this.throttle.forget(login);
    const result = openSession(this.sessions, account, this.clock.now(), command.origin, command.userAgent);
    this.outbox.publish(IdentityEvents.LoggedIn, { accountId: account.id }, { actorId: account.id, origin: command.origin });
    return result;
  }
}
