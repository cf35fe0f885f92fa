import { type IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { type AdminUserView, ListAdministeredPeopleQuery, type Page, SearchAccountsQuery } from '@preau/contracts';
import { Bus } from '@preau/platform';
import { adminUserView } from './admin-user-view';
import { ListAdminUsersQuery } from './list-admin-users.query';

/**
 * The console's people list (docs/decisions/0010): the directory says whom the actor administers (refusing 403 to
 * someone who runs no school, 404 for a school they do not run), identity searches those accounts by name or login
 * (accent- and case-insensitive) and pages them; the two are merged here. Nobody's content is read.
 * With `classId` (the console's class page), the directory lists that class's people: its pupils, its teachers and
 * the parents of its pupils (the family letters are printed per class, so the class page shows whom they reach);
 * 404 when the class is not in the caller's schools (or not in `schoolId`).
 */
@QueryHandler(ListAdminUsersQuery)
export class ListAdminUsersHandler implements IQueryHandler<ListAdminUsersQuery, Page<AdminUserView>> {
  constructor(private readonly bus: Bus) {}

  async execute(query: ListAdminUsersQuery): Promise<Page<AdminUserView>> {
    const people = await this.bus.query(new ListAdministeredPeopleQuery(query.actorId, query.schoolId, query.classId));
    if (!people.length) return { items: [], nextCursor: null };
    const where = new Map(people.map((p) => [p.id, p] as const));
    const page = await this.bus.query(
      new SearchAccountsQuery([...where.keys()], query.q || null, query.cursor, query.limit),
    );
    return {
      items: page.items.map((account) => adminUserView(account, where.get(account.id))),
      nextCursor: page.nextCursor,
    };
  }
}
