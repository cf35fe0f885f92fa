import { Command } from '@preau/contracts';
import type { LogInResult } from '../log-in/log-in.command';

/** POST /auth/card: "Je scanne ma carte" on the class tablet. */
export class LogInWithCardCommand extends Command<LogInResult> {
  constructor(
    readonly token: string,
    readonly origin: string | null,
    readonly userAgent: string | null,
  ) {
    super();
  }
}
