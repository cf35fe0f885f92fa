import { createParamDecorator, type ExecutionContext, SetMetadata } from '@nestjs/common';
import type { Role } from '@preau/contracts';

/** Who is calling, as the session strategy (identity) resolved it. */
export interface AuthenticatedUser {
  id: string;
  login: string;
  displayName: string;
  role: Role;
  /** sha-256 of the session token: what the server stores. */
  sessionId: string;
  csrfToken: string;
  /** After a reset by an administrator: only the routes marked @AllowedBeforePasswordChange() answer. */
  mustChangePassword?: boolean;
}

export const IS_PUBLIC = 'preau:public';
export const SKIP_CSRF = 'preau:skip-csrf';
export const BEFORE_PASSWORD_CHANGE = 'preau:before-password-change';

/** A route anyone may call without a session (login, health, the iCalendar feed...). */
export const Public = () => SetMetadata(IS_PUBLIC, true);
/** A state-changing route that cannot carry the CSRF token yet (login only). */
export const SkipCsrf = () => SetMetadata(SKIP_CSRF, true);
/** A route a person who must change their password may still call (the change itself, GET /me, logout). */
export const AllowedBeforePasswordChange = () => SetMetadata(BEFORE_PASSWORD_CHANGE, true);

export const CurrentUser = createParamDecorator((_data: unknown, ctx: ExecutionContext): AuthenticatedUser => {
  return ctx.switchToHttp().getRequest<{ user: AuthenticatedUser }>().user;
});

export const SESSION_STRATEGY = 'session';
export const SESSION_COOKIE = 'preau_session';
