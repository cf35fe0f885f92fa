import { type IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { GetPlacementQuery, type MeResponse } from '@preau/contracts';
import { Bus } from '@preau/platform';
import { GetMeQuery } from './get-me.query';

/** GET /me: the account, and where it stands in the school structures (asked of the directory). */
@QueryHandler(GetMeQuery)
export class GetMeHandler implements IQueryHandler<GetMeQuery, MeResponse> {
  constructor(private readonly bus: Bus) {}

  async execute({ user }: GetMeQuery): Promise<MeResponse> {
    const placement = await this.bus.query(new GetPlacementQuery(user.id));
    return {
      id: user.id,
      login: user.login,
      displayName: user.displayName,
      role: user.role,
      schools: placement.schools,
      classes: placement.classes,
      children: placement.children,
      csrfToken: user.csrfToken,
      mustChangePassword: user.mustChangePassword ?? false,
    };
  }
}
