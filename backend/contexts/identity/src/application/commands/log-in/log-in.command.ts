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

export type LogInResult =
  | {
      ok: true;
      token: string;
      csrfToken: string;
      account: { id: string; login: string; displayName: string; role: Role };
    }
  | { ok: false; code: 'INVALID_CREDENTIALS' | 'ACCOUNT_BLOCKED' };
