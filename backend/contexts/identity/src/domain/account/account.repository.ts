import type { Id } from '@preau/kernel';
import type { Account } from './account';

export interface AccountRepository {
  byId(id: Id): Promise<Account | null>;
  /** The accounts among `ids` (in no particular order; unknown ids are left out). */
  byIds(ids: Id[]): Promise<Account[]>;
  byLogin(login: string): Promise<Account | null>;
  /** Accounts whose pending activation code has this lookup (almost always one, or none). */
  byActivationLookup(lookup: string): Promise<Account[]>;
  /** The existing logins equal to one of `bases` or to one of them followed by digits (one query for a batch). */
  loginsLike(bases: string[]): Promise<string[]>;
  add(account: Account): void;
}

export const ACCOUNT_REPOSITORY = Symbol('AccountRepository');
