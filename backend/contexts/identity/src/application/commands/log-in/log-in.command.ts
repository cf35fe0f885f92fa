import { Command } from '@preau/contracts';
import type { Role } from '@preau/contracts';

export class LogInCommand extends Command<LogInResult> {
  constructor(
    readonly login: string,
    readonly password: string,
    readonly origin: string | null,
    readonly userAgent: string | null,
  ) {
    super();
  }
}

/** The answer of a log-in (password, activation code or card): a session, or why not. */
export type LogInResult =
  | {
      ok: true;
      token: string;
      csrfToken: string;
      account: { id: string; login: string; displayName: string; role: Role };
      /** After a reset by an administrator: every route but the password change answers PASSWORD_CHANGE_REQUIRED. */
      mustChangePassword: boolean;
    }
  | { ok: false; code: 'INVALID_CREDENTIALS' | 'ACCOUNT_BLOCKED' | 'CARD_INVALID' };
