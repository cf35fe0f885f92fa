import { EntityManager } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import { sqlIn } from '@preau/platform';
import { Account } from '../../domain/account/account';
import type { AccountRepository } from '../../domain/account/account.repository';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

@Injectable()
export class MikroOrmAccountRepository implements AccountRepository {
  constructor(private readonly em: EntityManager) {}

  byId(id: string): Promise<Account | null> {
    if (!UUID.test(id)) return Promise.resolve(null);
    return this.em.findOne(Account, { id });
  }

  async byIds(ids: string[]): Promise<Account[]> {
    const valid = [...new Set(ids.filter((id) => UUID.test(id)))];
    return valid.length ? this.em.find(Account, { id: { $in: valid } }) : [];
  }

  byLogin(login: string): Promise<Account | null> {
    return this.em.findOne(Account, { login: login.toLowerCase() });
  }

  byActivationLookup(lookup: string): Promise<Account[]> {
    return this.em.find(Account, { activationLookup: lookup });
  }

  async loginsLike(bases: string[]): Promise<string[]> {
    if (bases.length === 0) return [];
    // Bases are [a-z0-9.-] only (LoginGenerator): no LIKE wildcard to escape. One statement for the whole batch.
    const rows = await sqlIn(this.em)<{ login: string }>(
      `select login from identity.account where login like any(?::text[])`,
      [[...new Set(bases)].map((b) => `${b}%`)],
    );
    const wanted = new Set(bases);
    return rows.map((r) => r.login).filter((login) => wanted.has(login.replace(/\d+$/, '')) || wanted.has(login));
  }

  add(account: Account): void {
    this.em.persist(account);
  }
}
