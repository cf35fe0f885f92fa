import { Inject } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { type CardLoginFailedPayload, ErrorCodes, IdentityEvents } from '@preau/contracts';
import { CLOCK, type Clock } from '@preau/kernel';
import { Outbox } from '@preau/platform';
import { ACCOUNT_REPOSITORY, type AccountRepository } from '../../../domain/account/account.repository';
import { SESSION_REPOSITORY, type SessionRepository } from '../../../domain/session/session.repository';
import { openSession } from '../../open-session';
import { CREDENTIAL_DERIVER, type CredentialDeriver, parseCardToken } from '../../ports/credential-deriver.port';
import { LOGIN_THROTTLE, type LoginThrottle } from '../../ports/login-throttle.port';
import { LogInWithCardCommand } from './log-in-with-card.command';
import type { LogInResult } from '../log-in/log-in.command';

/**
 * A pupil logs in with the QR code of their card (`PC1.<account id>.<secret>`, decision 0010): pupils only, the
 * current card version only (a reprinted card revokes the old one), blocked accounts refused. Failures count per
 * address and per account (the login throttle) and are audited, as successes are.
 */
@CommandHandler(LogInWithCardCommand)
export class LogInWithCardHandler implements ICommandHandler<LogInWithCardCommand, LogInResult> {
  constructor(
    @Inject(ACCOUNT_REPOSITORY) private readonly accounts: AccountRepository,
    @Inject(SESSION_REPOSITORY) private readonly sessions: SessionRepository,
    @Inject(CREDENTIAL_DERIVER) private readonly deriver: CredentialDeriver,
    @Inject(LOGIN_THROTTLE) private readonly throttle: LoginThrottle,
    @Inject(CLOCK) private readonly clock: Clock,
    private readonly outbox: Outbox,
  ) {}

  async execute(command: LogInWithCardCommand): Promise<LogInResult> {
    const card = parseCardToken(command.token);
    const key = `card:${card?.accountId ?? 'unknown'}`;
    await this.throttle.assertAllowed(key, command.origin);
    const account = card ? await this.accounts.byId(card.accountId) : null;
    const fail = async (reason: CardLoginFailedPayload['reason']): Promise<LogInResult> => {
      await this.throttle.recordFailure(key, command.origin);
      this.outbox.publish(IdentityEvents.CardLoginFailed, { accountId: account?.id ?? null, reason }, { actorId: null, origin: command.origin });
      return { ok: false, code: ErrorCodes.CARD_INVALID };
    };
    if (!card || !account) return fail('unknown');
    if (!account.isPupil() || account.cardVersion === null) return fail('not-a-pupil');
    if (!this.deriver.same(card.secret, this.deriver.cardSecret(account.id, account.cardVersion))) return fail('revoked');
    if (account.blocked) {
      this.outbox.publish(IdentityEvents.CardLoginFailed, { accountId: account.id, reason: 'blocked' }, { actorId: account.id, origin: command.origin });
      return { ok: false, code: ErrorCodes.ACCOUNT_BLOCKED };
    }
    await this.throttle.forget(key);
    this.outbox.publish(IdentityEvents.LoggedInWithCard, { accountId: account.id }, { actorId: account.id, origin: command.origin });
    return openSession(this.sessions, account, this.clock.now(), command.origin, command.userAgent);
  }
}
