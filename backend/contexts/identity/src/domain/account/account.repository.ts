import type { Id } from '@preau/kernel';
import type { Account } from './account';

export interface AccountRepository {
  byId(id: Id): Promise<Account | null>;
  byLogin(login: string): Promise<Account | null>;
  add(account: Account): void;
}

export const ACCOUNT_REPOSITORY = Symbol('AccountRepository');
