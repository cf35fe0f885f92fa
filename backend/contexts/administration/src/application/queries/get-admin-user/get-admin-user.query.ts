import { type AdminUserView, Query } from '@preau/contracts';

/** GET /admin/users/:id: one person the caller administers, as a row of the people list (the console's person page). */
export class GetAdminUserQuery extends Query<AdminUserView> {
  constructor(
    readonly actorId: string,
    readonly userId: string,
  ) {
    super();
  }
}
