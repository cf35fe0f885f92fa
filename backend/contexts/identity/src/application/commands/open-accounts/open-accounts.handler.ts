import { Inject } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { IdentityEvents, OpenAccountsCommand } from '@preau/contracts';
import { CLOCK, type Clock } from '@preau/kernel';
import { Outbox } from '@preau/platform';
import { Account } from '../../../domain/account/account';
import { ACCOUNT_REPOSITORY, type AccountRepository } from '../../../domain/account/account.repository';
import { LoginGenerator } from '../../../domain/account/login-generator';
import { ACTIVATION_VALIDITY, type ActivationValidity } from '../../ports/activation-validity.port';
import { CREDENTIAL_DERIVER, type CredentialDeriver } from '../../ports/credential-deriver.port';

/**
 * Opens the accounts of new people (an import; decision 0010) → their logins, in the order given. Logins are made
 * from the names without collisions (one query for the whole batch); a pupil gets a first password and a card,
 * an adult an activation code. Nothing is hashed: 300 accounts open in a few milliseconds. An id that already has
 * an account keeps it (a re-run of the same import answers the same logins).
 */
@CommandHandler(OpenAccountsCommand)
export class OpenAccountsHandler implements ICommandHandler<OpenAccountsCommand, { id: string; login: string }[]> {
  constructor(
    @Inject(ACCOUNT_REPOSITORY) private readonly accounts: AccountRepository,
    @Inject(CREDENTIAL_DERIVER) private readonly deriver: CredentialDeriver,
    @Inject(ACTIVATION_VALIDITY) private readonly validity: ActivationValidity,
    @Inject(CLOCK) private readonly clock: Clock,
    private readonly outbox: Outbox,
  ) {}

  async execute(command: OpenAccountsCommand): Promise<{ id: string; login: string }[]> {
    const existing = new Map((await this.accounts.byIds(command.accounts.map((a) => a.id))).map((a) => [a.id, a.login]));
    const seen = new Set<string>();
    const toOpen = command.accounts.filter((a) => !existing.has(a.id) && !seen.has(a.id) && seen.add(a.id));
    const taken = await this.accounts.loginsLike(LoginGenerator.basesOf(toOpen));
    const logins = LoginGenerator.generate(toOpen, taken);
    const now = this.clock.now();
    const expiresAt = new Date(now.getTime() + this.validity.activationMs);
    const opened = toOpen.map((person, i) => {
      const account = Account.openWithoutPassword({ id: person.id, login: logins[i] as string, displayName: person.displayName, role: person.role, now });
      if (!account.isPupil()) account.issueActivation((version) => this.deriver.activationLookup(this.deriver.activationCode(account.id, version)), expiresAt);
      this.accounts.add(account);
      existing.set(account.id, account.login);
      return account.id;
    });
    if (opened.length > 0) this.outbox.publish(IdentityEvents.AccountsOpened, { accountIds: opened });
    return command.accounts.map((a) => ({ id: a.id, login: existing.get(a.id) as string }));
  }
}
