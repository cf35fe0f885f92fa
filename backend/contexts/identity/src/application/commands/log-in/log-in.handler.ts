import { Inject } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { ErrorCodes, IdentityEvents } from '@preau/contracts';
import { CLOCK, type Clock } from '@preau/kernel';
import { Outbox } from '@preau/platform';
import { Account } from '../../../domain/account/account';
import { ACCOUNT_REPOSITORY, type AccountRepository } from '../../../domain/account/account.repository';
import { Session } from '../../../domain/session/session';
import { SESSION_REPOSITORY, type SessionRepository } from '../../../domain/session/session.repository';
import { LOGIN_THROTTLE, type LoginThrottle } from '../../ports/login-throttle.port';
import { PASSWORD_HASHER, type PasswordHasher } from '../../ports/password-hasher.port';
import { hashToken, newSecret } from '../../tokens';
import { LogInCommand, type LogInResult } from './log-in.command';

/**
 * A failed login is an answer, not an exception: the failure is recorded (throttle and audit event)
 * and committed, and the caller gets INVALID_CREDENTIALS whether the login exists or not.
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
  ) {}

  async execute(command: LogInCommand): Promise<LogInResult> {
    const login = Account.normaliseLogin(command.login);
    await this.throttle.assertAllowed(login, command.origin);
    const account = await this.accounts.byLogin(login);
    // An unknown login costs the same hashing work as a known one: no timing oracle.
    const valid = account ? await this.hasher.verify(account.passwordHash, command.password) : await this.hasher.verify(DUMMY_HASH, command.password).then(() => false);
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
    const token = newSecret();
    const csrfToken = newSecret();
    const now = this.clock.now();
    this.sessions.add(new Session(hashToken(token), account.id, csrfToken, now, now, command.origin, command.userAgent?.slice(0, 300) ?? null));
    this.outbox.publish(IdentityEvents.LoggedIn, { accountId: account.id }, { actorId: account.id, origin: command.origin });
    return { ok: true, token, csrfToken, account: { id: account.id, login: account.login, displayName: account.displayName, role: account.role } };
  }
}

/** argon2id hash of a random string nobody knows. */
const DUMMY_HASH = '$argon2id$v=19$m=19456,t=2,p=1$c29tZXNhbHRzb21lc2FsdA$1n6LgtvEoPPLKx1bQmWzSSvgUQf1m9tsy7kN0gNYYqI';
