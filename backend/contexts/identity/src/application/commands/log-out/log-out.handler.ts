import { Inject } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { IdentityEvents } from '@preau/contracts';
import { Outbox } from '@preau/platform';
import { SESSION_REPOSITORY, type SessionRepository } from '../../../domain/session/session.repository';
import { LogOutCommand } from './log-out.command';

@CommandHandler(LogOutCommand)
export class LogOutHandler implements ICommandHandler<LogOutCommand, void> {
  constructor(
    @Inject(SESSION_REPOSITORY) private readonly sessions: SessionRepository,
    private readonly outbox: Outbox,
  ) {}

  async execute(command: LogOutCommand): Promise<void> {
    await this.sessions.remove(command.sessionIdHash);
    this.outbox.publish(IdentityEvents.LoggedOut, { accountId: command.accountId });
  }
}
