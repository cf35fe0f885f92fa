import { type IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { type AdminUserView, ErrorCodes, ListAdministeredPeopleQuery, SearchAccountsQuery } from '@preau/contracts';
import { DomainError } from '@preau/kernel';
import { Bus } from '@preau/platform';
import { adminUserView } from '../list-admin-users/admin-user-view';
import { GetAdminUserQuery } from './get-admin-user.query';

/**
 * The console's person page (docs/product/access-rules.md, Administration; decision 0010): the same scope as the
 * people list — the directory says whom the actor administers (403 for someone who runs no school), identity gives
 * the account. Someone outside that scope is 404, as if they did not exist (the caller may not know they do).
 * The answer carries the person's classes, their schools among the caller's (where their card or letter is printed)
 * and, for a parent, each child's class.
 */
@QueryHandler(GetAdminUserQuery)
export class GetAdminUserHandler implements IQueryHandler<GetAdminUserQuery, AdminUserView> {
  constructor(private readonly bus: Bus) {}

  async execute({ actorId, userId }: GetAdminUserQuery): Promise<AdminUserView> {
    const people = await this.bus.query(new ListAdministeredPeopleQuery(actorId, null));
    const person = people.find((p) => p.id === userId);
    if (!person) throw new DomainError(ErrorCodes.NOT_FOUND, 'No such person.', { userId });
    const page = await this.bus.query(new SearchAccountsQuery([userId], null, null, 1));
    const account = page.items.find((a) => a.id === userId);
    if (!account) throw new DomainError(ErrorCodes.NOT_FOUND, 'No such person.', { userId });
    return adminUserView(account, person);
  }
}
