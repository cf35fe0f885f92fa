import { Command } from '@preau/contracts';
export class LogOutCommand extends Command<void> {
  constructor(
    readonly sessionIdHash: string,
    readonly accountId: string,
  ) {
    super();
  }
}
