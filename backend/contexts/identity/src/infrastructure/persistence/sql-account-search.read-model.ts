import { EntityManager } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import type { AccountSummaryForAdmin, Role } from '@preau/contracts';
import { sqlIn } from '@preau/platform';
import type { AccountSearchPosition, AccountSearchReadModel } from '../../application/ports/account-search.read-model';

interface Row {
  id: string;
  login: string;
  display_name: string;
  role: Role;
  blocked: boolean;
  pending: boolean;
  sort_key: string;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * One statement: the ids the caller may see, filtered by identity.search_key (unaccent, lower case, letters and
 * digits: the trigram index account_search_idx), ordered and paged by (identity.fold(display_name), id).
 */
@Injectable()
export class SqlAccountSearchReadModel implements AccountSearchReadModel {
  constructor(private readonly em: EntityManager) {}

  async search(ids: string[], q: string | null, after: AccountSearchPosition | null, limit: number) {
    const valid = [...new Set(ids.filter((id) => UUID.test(id)))];
    if (valid.length === 0) return { items: [], last: null, more: false };
    const rows = await sqlIn(this.em)<Row>(
      `select id, login, display_name, role, blocked, activation_lookup is not null as pending, identity.fold(display_name) as sort_key
         from identity.account
        where id = any(?::uuid[])
          and (identity.search_key(?::text) = ''
               or identity.search_key(display_name) || ' ' || identity.search_key(login) like '%' || identity.search_key(?::text) || '%')
          and (?::text is null or (identity.fold(display_name), id) > (?::text, ?::uuid))
        order by identity.fold(display_name), id
        limit ?`,
      [valid, q ?? '', q ?? '', after?.sortKey ?? null, after?.sortKey ?? null, after?.id ?? null, limit + 1],
    );
    const page = rows.slice(0, limit);
    const lastRow = page[page.length - 1];
    const items: AccountSummaryForAdmin[] = page.map((r) => ({ id: r.id, login: r.login, displayName: r.display_name, role: r.role, blocked: r.blocked, pendingActivation: r.pending }));
    return { items, last: lastRow ? { sortKey: lastRow.sort_key, id: lastRow.id } : null, more: rows.length > limit };
  }
}
