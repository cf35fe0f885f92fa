import { EntityManager } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import { Account } from '../../domain/account/account';
import type { AccountRepository } from '../../domain/account/account.repository';

@Injectable()
export class MikroOrmAccountRepository implements AccountRepository {
  constructor(private readonly em: EntityManager) {}

  byId(id: string): Promise<Account | null> {
    return this.em.findOne(Account, { id });
  }

  byLogin(login: string): Promise<Account | null> {
    return this.em.findOne(Account, { login: login.toLowerCase() });
  }

  add(account: Account): void {
    this.em.persist(account);
  }
}
