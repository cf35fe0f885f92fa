import { Query } from '@preau/contracts';
import type { MeResponse } from '@preau/contracts';
import type { AuthenticatedUser } from '@preau/platform';

export class GetMeQuery extends Query<MeResponse> {
  constructor(readonly user: AuthenticatedUser) {
    super();
  }
}
