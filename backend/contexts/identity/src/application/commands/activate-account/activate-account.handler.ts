import { Inject } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { ErrorCodes, IdentityEvents } from '@preau/contracts';
import { CLOCK, type Clock, DomainError } from '@preau/kernel';
import { Outbox } from '@preau/platform';
import type { Account } from '../../../domain/account/account';
import { ACCOUNT_REPOSITORY, type AccountRepository } from '../../../domain/account/account.repository';
import { normaliseActivationCode } from '../../../domain/account/activation-code';
import { checkNewPassword } from '../../../domain/account/password-policy';
import { SESSION_REPOSITORY, type SessionRepository } from '../../../domain/session/session.repository';
import { openSession } from '../../open-session';
import { CREDENTIAL_DERIVER, type CredentialDeriver } from '../../ports/credential-deriver.port';
import { LOGIN_THROTTLE, type LoginThrottle } from '../../ports/login-throttle.port';
import { PASSWORD_HASHER, type PasswordHasher } from '../../ports/password-hasher.port';
import type { LogInResult } from '../log-in/log-in.command';
import { ActivateAccountCommand } from './activate-account.command';

/**
 * The code names no account to count failures against: they count against the caller's address, in both limiters
 * (a key shared by everyone would let one attacker stop every family's activation).
 */
const throttleKey = (origin: string | null) => `activation:${origin ?? 'unknown'}`;

/**
 * An adult opens their account with the code of their letter (decision 0010): the code does not name the account,
 * its short HMAC (activation_lookup) finds it, then the code is derived again and compared in constant time. Single
 * use, valid PREAU_ACTIVATION_DAYS. A wrong, used or replaced code is ACTIVATION_CODE_INVALID, an expired one
 * ACTIVATION_CODE_EXPIRED; neither says whose it is. Success sets the password and logs in, as POST /auth/login.
 */
@CommandHandler(ActivateAccountCommand)
export class ActivateAccountHandler implements ICommandHandler<ActivateAccountCommand, Extract<LogInResult, { ok: true }>> {
  constructor(
    @Inject(ACCOUNT_REPOSITORY) private readonly accounts: AccountRepository,
    @Inject(SESSION_REPOSITORY) private readonly sessions: SessionRepository,
    @Inject(PASSWORD_HASHER) private readonly hasher: PasswordHasher,
    @Inject(CREDENTIAL_DERIVER) private readonly deriver: CredentialDeriver,
    @Inject(LOGIN_THROTTLE) private readonly throttle: LoginThrottle,
    @Inject(CLOCK) private readonly clock: Clock,
    private readonly outbox: Outbox,
  ) {}

  async execute(command: ActivateAccountCommand): Promise<Extract<LogInResult, { ok: true }>> {
    await this.throttle.assertAllowed(throttleKey(command.origin), command.origin);
    const account = await this.find(command.code);
    if (!account) {
      await this.throttle.recordFailure(throttleKey(command.origin), command.origin);
      throw new DomainError(ErrorCodes.ACTIVATION_CODE_INVALID, 'This code does not open any account; check it on the letter, or ask the school for a new one.');
    }
    const now = this.clock.now();
    if (!account.activationExpiresAt || account.activationExpiresAt.getTime() <= now.getTime())
      throw new DomainError(ErrorCodes.ACTIVATION_CODE_EXPIRED, 'This code has expired; ask the school for a new one.');
    if (account.blocked) throw new DomainError(ErrorCodes.ACCOUNT_BLOCKED, 'This account is blocked; ask the school.');
    checkNewPassword(command.password, account.login);
    account.activate(await this.hasher.hash(command.password), command.email?.trim() || null, now);
    this.outbox.publish(IdentityEvents.AccountActivated, { accountId: account.id }, { actorId: account.id, origin: command.origin });
    this.outbox.publish(IdentityEvents.LoggedIn, { accountId: account.id }, { actorId: account.id, origin: command.origin });
    return openSession(this.sessions, account, now, command.origin, command.userAgent);
  }

  private async find(given: string): Promise<Account | null> {
    const code = normaliseActivationCode(given);
    if (!code) return null;
    const candidates = await this.accounts.byActivationLookup(this.deriver.activationLookup(code));
    return candidates.find((a) => a.activationVersion !== null && a.isPendingActivation() && this.deriver.same(code, this.deriver.activationCode(a.id, a.activationVersion))) ?? null;
  }
}
