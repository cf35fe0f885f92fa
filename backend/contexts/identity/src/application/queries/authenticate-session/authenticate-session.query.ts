import type { AuthenticatedUser } from '@preau/platform';
import { Query } from '@preau/contracts';
/** Who holds this session token? → AuthenticatedUser, or null when the session is unknown, ended or expired. */
export class AuthenticateSessionQuery extends Query<AuthenticatedUser | null> {
  constructor(readonly token: string) {
    super();
  }
}
