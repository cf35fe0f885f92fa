import type { AccountSummaryForAdmin } from '@preau/contracts';

/** Where a page of accounts starts: after this sort key (folded display name) and id. */
export interface AccountSearchPosition {
  sortKey: string;
  id: string;
}

/**
 * Accounts among `ids` whose display name or login contains `q` once both are folded (lower case, no accents, letters
 * and digits only: "chloe" finds "Chloé", "ndiaye" finds "N'DIAYE"), by folded display name then id.
 */
export interface AccountSearchReadModel {
  search(ids: string[], q: string | null, after: AccountSearchPosition | null, limit: number): Promise<{ items: AccountSummaryForAdmin[]; last: AccountSearchPosition | null; more: boolean }>;
}

export const ACCOUNT_SEARCH_READ_MODEL = Symbol('AccountSearchReadModel');

/** What the SQL functions identity.fold and identity.search_key do, for the in-memory read model and the specs. */
export function fold(value: string): string {
  return value.normalize('NFD').replace(/\p{M}/gu, '').replace(/œ/g, 'oe').replace(/Œ/g, 'OE').replace(/æ/g, 'ae').replace(/Æ/g, 'AE').toLowerCase();
}

export function searchKey(value: string): string {
  return fold(value).replace(/[^a-z0-9]+/g, '');
}
