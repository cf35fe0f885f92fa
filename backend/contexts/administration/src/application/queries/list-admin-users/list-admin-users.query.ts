import { type AdminUserView, type Page, Query } from '@preau/contracts';

/** GET /admin/users?schoolId=&classId=&q=&cursor=&limit=: the people an administrator may see, a page at a time. */
export class ListAdminUsersQuery extends Query<Page<AdminUserView>> {
  constructor(
    readonly actorId: string,
    readonly schoolId: string | null,
    readonly q: string | null,
    readonly cursor: string | null,
    readonly limit: number,
    /** Only that class's people: its pupils, its teachers and its pupils' parents. */
    readonly classId: string | null = null,
  ) {
    super();
  }
}
