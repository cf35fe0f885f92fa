import { Inject } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { ErrorCodes, IdentityEvents, MayManageAccountQuery } from '@preau/contracts';
import { DomainError } from '@preau/kernel';
import { Bus, Outbox } from '@preau/platform';
import { ACCOUNT_REPOSITORY, type AccountRepository } from '../../../domain/account/account.repository';
import { SESSION_REPOSITORY, type SessionRepository } from '../../../domain/session/session.repository';
import { SetAccountBlockedCommand } from './set-account-blocked.command';

/** An administrator blocks or unblocks an account, as far as the directory lets them manage it. */
@CommandHandler(SetAccountBlockedCommand)
export class SetAccountBlockedHandler implements ICommandHandler<SetAccountBlockedCommand, void> {
  constructor(
    @Inject(ACCOUNT_REPOSITORY) private readonly accounts: AccountRepository,
    @Inject(SESSION_REPOSITORY) private readonly sessions: SessionRepository,
    private readonly outbox: Outbox,
    private readonly bus: Bus,
  ) {}

  async execute(command: SetAccountBlockedCommand): Promise<void> {
    // Who may block whom is the directory's administration policy (school admins: their school, not other admins).
    const decision = await this.bus.query(new MayManageAccountQuery(command.actorId, command.accountId));
    if (!decision.known) throw new DomainError(ErrorCodes.NOT_FOUND, 'No such account.');
    if (!decision.allowed)
      throw new DomainError(ErrorCodes.FORBIDDEN, 'You may not manage this account.', {
        rule: 'AccountMustBeManageableByActor',
      });
    const account = await this.accounts.byId(command.accountId);
    if (!account) throw new DomainError(ErrorCodes.NOT_FOUND, 'No such account.');
    if (command.blocked) {
      account.block();
      await this.sessions.removeAllOf(account.id);
      this.outbox.publish(IdentityEvents.AccountBlocked, { accountId: account.id });
    } else {
      account.unblock();
      this.outbox.publish(IdentityEvents.AccountUnblocked, { accountId: account.id });
    }
  }
}
