import type { Account } from '../domain/account/account';
import { Session } from '../domain/session/session';
import type { SessionRepository } from '../domain/session/session.repository';
import type { LogInResult } from './commands/log-in/log-in.command';
import { hashToken, newSecret } from './tokens';

/** Opens a session for an account that proved who it is (password, activation code, card): the answer of a log-in. */
export function openSession(sessions: SessionRepository, account: Account, now: Date, origin: string | null, userAgent: string | null): Extract<LogInResult, { ok: true }> {
  const token = newSecret();
  const csrfToken = newSecret();
  sessions.add(new Session(hashToken(token), account.id, csrfToken, now, now, origin, userAgent?.slice(0, 300) ?? null));
  return {
    ok: true,
    token,
    csrfToken,
    account: { id: account.id, login: account.login, displayName: account.displayName, role: account.role },
    mustChangePassword: account.mustChangePassword,
  };
}
