import { Inject } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { CLOCK, type Clock, DomainError } from '@preau/kernel';
import { Account } from '../../../domain/account/account';
import { ACCOUNT_REPOSITORY, type AccountRepository } from '../../../domain/account/account.repository';
import { PASSWORD_HASHER, type PasswordHasher } from '../../ports/password-hasher.port';
import { CreateAccountCommand, ErrorCodes } from '@preau/contracts';

@CommandHandler(CreateAccountCommand)
export class CreateAccountHandler implements ICommandHandler<CreateAccountCommand, { id: string }> {
  constructor(
    @Inject(ACCOUNT_REPOSITORY) private readonly accounts: AccountRepository,
    @Inject(PASSWORD_HASHER) private readonly hasher: PasswordHasher,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async execute(command: CreateAccountCommand): Promise<{ id: string }> {
    if (await this.accounts.byLogin(Account.normaliseLogin(command.login))) {
      throw new DomainError(ErrorCodes.CONFLICT, 'This login is already taken.', { rule: 'LoginIsUnique' });
    }
    const account = Account.open({
      id: command.id,
      login: command.login,
      displayName: command.displayName,
      role: command.role,
      passwordHash: await this.hasher.hash(command.password),
      now: this.clock.now(),
    });
    this.accounts.add(account);
    return { id: account.id };
  }
}
