import type { AuthenticatedUser } from '@preau/platform';

export class GetMeQuery {
  constructor(readonly user: AuthenticatedUser) {}
}
