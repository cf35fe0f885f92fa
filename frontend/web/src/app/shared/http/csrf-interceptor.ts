import { HttpInterceptorFn } from '@angular/common/http';
import { inject } from '@angular/core';
import { SessionStore } from '../session/session-store';
import { isApiUrl } from './problem';

const UNSAFE_METHODS = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);
/** The state-changing calls made before there is a session (and so a token): log-in, activation, card. */
const EXEMPT_PATHS = ['/api/v1/auth/login', '/api/v1/auth/activate', '/api/v1/auth/card'];

/**
 * Sends the session's CSRF token as `X-CSRF-Token` on every state-changing call to the API
 * (docs/product/api-conventions.md: refused with 403 CSRF_TOKEN_INVALID otherwise). Never to another origin.
 */
export const csrfInterceptor: HttpInterceptorFn = (req, next) => {
  if (!UNSAFE_METHODS.has(req.method) || !isApiUrl(req.url) || EXEMPT_PATHS.some((p) => req.url.startsWith(p))) {
    return next(req);
  }
  const token = inject(SessionStore).csrfToken();
  return next(token ? req.clone({ setHeaders: { 'X-CSRF-Token': token } }) : req);
};
