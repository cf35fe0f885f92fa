import { Command } from '@preau/contracts';
import type { LogInResult } from '../log-in/log-in.command';

/** POST /auth/activate: the code of a family letter, the chosen password, maybe an e-mail address. Logs in. */
export class ActivateAccountCommand extends Command<Extract<LogInResult, { ok: true }>> {
  constructor(
    readonly code: string,
    readonly password: string,
    readonly email: string | null,
    readonly origin: string | null,
    readonly userAgent: string | null,
  ) {
    super();
  }
}
