import { inject } from '@angular/core';
import { CanActivateFn, CanMatchFn, Router } from '@angular/router';
import type { Role } from '@preau/contracts';
import { PASSWORD_CHANGE_URL } from '../../shared/http/password-change-interceptor';
import { SessionStore } from '../../shared/session/session-store';

/** Only a relative in-app path is followed after login (never `//host` nor `https://...`). */
export function safeReturnUrl(value: unknown): string {
  return typeof value === 'string' && value.startsWith('/') && !value.startsWith('//') && !value.startsWith('/\\')
    ? value
    : '/';
}

/**
 * The app's pages need a session: without one, go to login and come back after. A person who must choose a new
 * password (after an administrator's reset) sees nothing else until they have.
 */
export const authGuard: CanActivateFn = async (_route, state) => {
  const router = inject(Router);
  const session = inject(SessionStore);
  try {
    const status = await session.ensureLoaded();
    if (status === 'authenticated') return session.mustChangePassword() ? router.parseUrl(PASSWORD_CHANGE_URL) : true;
    return router.createUrlTree(['/login'], { queryParams: state.url === '/' ? {} : { returnUrl: state.url } });
  } catch {
    return router.createUrlTree(['/unavailable']);
  }
};

/** The page where one chooses a new password: a session is needed, nothing else. */
export const passwordChangeGuard: CanActivateFn = async () => {
  const router = inject(Router);
  try {
    const status = await inject(SessionStore).ensureLoaded();
    return status === 'authenticated' || router.createUrlTree(['/login']);
  } catch {
    return router.createUrlTree(['/unavailable']);
  }
};

/** The login page is for those not logged in yet. */
export const guestGuard: CanActivateFn = async (route) => {
  const router = inject(Router);
  try {
    const status = await inject(SessionStore).ensureLoaded();
    return status === 'authenticated' ? router.parseUrl(safeReturnUrl(route.queryParamMap.get('returnUrl'))) : true;
  } catch {
    return true; // the server may be down: the form will say so when used
  }
};

/** A route area for some roles only (the server checks again on every call). */
export function roleGuard(...roles: Role[]): CanMatchFn {
  return async () => {
    const session = inject(SessionStore);
    const router = inject(Router);
    // canMatch runs before the shell's canActivate: the session may not be loaded yet.
    await session.ensureLoaded().catch(() => undefined);
    const role = session.role();
    return (role !== null && roles.includes(role)) || router.createUrlTree(['/']);
  };
}
