import type { AccountSummaryForAdmin } from '@preau/contracts';
import { type AccountSearchPosition, type AccountSearchReadModel, fold, searchKey } from '../application/ports/account-search.read-model';
import type { InMemoryAccountRepository } from './in-memory-account.repository';

/** The search over the in-memory accounts, folding as the SQL functions do (code-point order for the sort key). */
export class InMemoryAccountSearchReadModel implements AccountSearchReadModel {
  constructor(private readonly accounts: InMemoryAccountRepository) {}

  async search(ids: string[], q: string | null, after: AccountSearchPosition | null, limit: number) {
    const wanted = new Set(ids);
    const needle = searchKey(q ?? '');
    const key = (a: { displayName: string; id: string }) => [fold(a.displayName), a.id] as const;
    const compare = (x: readonly [string, string], y: readonly [string, string]) => (x[0] < y[0] ? -1 : x[0] > y[0] ? 1 : x[1] < y[1] ? -1 : x[1] > y[1] ? 1 : 0);
    const found = [...this.accounts.items.values()]
      .filter((a) => wanted.has(a.id))
      .filter((a) => needle === '' || `${searchKey(a.displayName)} ${searchKey(a.login)}`.includes(needle))
      .filter((a) => !after || compare(key(a), [after.sortKey, after.id]) > 0)
      .sort((a, b) => compare(key(a), key(b)));
    const page = found.slice(0, limit);
    const last = page[page.length - 1];
    const items: AccountSummaryForAdmin[] = page.map((a) => ({ id: a.id, login: a.login, displayName: a.displayName, role: a.role, blocked: a.blocked, pendingActivation: a.isPendingActivation() }));
    return { items, last: last ? { sortKey: fold(last.displayName), id: last.id } : null, more: found.length > limit };
  }
}
