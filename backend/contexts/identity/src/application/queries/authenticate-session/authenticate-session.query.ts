/** Who holds this session token? → AuthenticatedUser, or null when the session is unknown, ended or expired. */
export class AuthenticateSessionQuery {
  constructor(readonly token: string) {}
}
