import type { Id } from '@preau/kernel';
import type { Account } from '../domain/account/account';
import type { AccountRepository } from '../domain/account/account.repository';

export class InMemoryAccountRepository implements AccountRepository {
  readonly items = new Map<Id, Account>();

  constructor(accounts: Account[] = []) {
    for (const a of accounts) this.items.set(a.id, a);
  }

  async byId(id: Id): Promise<Account | null> {
    return this.items.get(id) ?? null;
  }

  async byLogin(login: string): Promise<Account | null> {
    return [...this.items.values()].find((a) => a.login === login.toLowerCase()) ?? null;
  }

  add(account: Account): void {
    this.items.set(account.id, account);
  }
}
