import { Inject } from '@nestjs/common';
import { type IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { type AccountSummaryForAdmin, ErrorCodes, type Page, SearchAccountsQuery } from '@preau/contracts';
import { DomainError } from '@preau/kernel';
import { ACCOUNT_SEARCH_READ_MODEL, type AccountSearchPosition, type AccountSearchReadModel } from '../../ports/account-search.read-model';

const MAX_LIMIT = 200;

function encodeCursor(position: AccountSearchPosition): string {
  return Buffer.from(JSON.stringify([position.sortKey, position.id])).toString('base64url');
}

function decodeCursor(cursor: string): AccountSearchPosition {
  try {
    const value: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString());
    if (Array.isArray(value) && value.length === 2 && typeof value[0] === 'string' && typeof value[1] === 'string' && /^[0-9a-f-]{36}$/i.test(value[1]))
      return { sortKey: value[0], id: value[1] };
  } catch {
    /* not one of ours */
  }
  throw new DomainError(ErrorCodes.VALIDATION_FAILED, 'This cursor is not one of ours.', { errors: [{ field: 'cursor', message: 'Unknown cursor.' }] });
}

/**
 * A page of accounts among the ids the caller may see (the administration context asks the directory for them),
 * accent- and case-insensitive on display name and login, by display name then id, with a keyset cursor.
 */
@QueryHandler(SearchAccountsQuery)
export class SearchAccountsHandler implements IQueryHandler<SearchAccountsQuery, Page<AccountSummaryForAdmin>> {
  constructor(@Inject(ACCOUNT_SEARCH_READ_MODEL) private readonly readModel: AccountSearchReadModel) {}

  async execute(query: SearchAccountsQuery): Promise<Page<AccountSummaryForAdmin>> {
    const after = query.cursor ? decodeCursor(query.cursor) : null;
    const limit = Math.min(MAX_LIMIT, Math.max(1, Math.floor(query.limit) || 1));
    const q = query.q?.trim().slice(0, 100) || null;
    const { items, last, more } = await this.readModel.search(query.ids, q, after, limit);
    return { items, nextCursor: more && last ? encodeCursor(last) : null };
  }
}
