import type { Id } from '@preau/kernel';
import type { Account } from '../domain/account/account';
import type { AccountRepository } from '../domain/account/account.repository';

export class InMemoryAccountRepository implements AccountRepository {
  readonly items = new Map<Id, Account>();
  /** How many times `loginsLike` was asked (a batch asks once). */
  loginQueries = 0;

  constructor(accounts: Account[] = []) {
    for (const a of accounts) this.items.set(a.id, a);
  }

  async byId(id: Id): Promise<Account | null> {
    return this.items.get(id) ?? null;
  }

  async byIds(ids: Id[]): Promise<Account[]> {
    return [...new Set(ids)].map((id) => this.items.get(id)).filter((a): a is Account => a !== undefined);
  }

  async byLogin(login: string): Promise<Account | null> {
    return [...this.items.values()].find((a) => a.login === login.toLowerCase()) ?? null;
  }

  async byActivationLookup(lookup: string): Promise<Account[]> {
    return [...this.items.values()].filter((a) => a.activationLookup === lookup);
  }

  async loginsLike(bases: string[]): Promise<string[]> {
    this.loginQueries++;
    const wanted = new Set(bases);
    return [...this.items.values()].map((a) => a.login).filter((login) => wanted.has(login) || wanted.has(login.replace(/\d+$/, '')));
  }

  add(account: Account): void {
    this.items.set(account.id, account);
  }
}
