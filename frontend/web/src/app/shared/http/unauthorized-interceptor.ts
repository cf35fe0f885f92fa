import { HttpErrorResponse, HttpInterceptorFn } from '@angular/common/http';
import { inject } from '@angular/core';
import { Router } from '@angular/router';
import { catchError, throwError } from 'rxjs';
import { SessionStore } from '../session/session-store';
import { isApiUrl } from './problem';

/** Calls whose 401 is an answer, not a lost session: the guards and the log-in forms handle them. */
const ANSWERING_PATHS = ['/api/v1/auth/login', '/api/v1/auth/card', '/api/v1/auth/activate', '/api/v1/me'];

/** A 401 from the API means the session is gone: forget it and ask to log in, keeping the wanted URL. */
export const unauthorizedInterceptor: HttpInterceptorFn = (req, next) => {
  const session = inject(SessionStore);
  const router = inject(Router);
  return next(req).pipe(
    catchError((error: unknown) => {
      if (
        error instanceof HttpErrorResponse &&
        error.status === 401 &&
        isApiUrl(req.url) &&
        !ANSWERING_PATHS.some((p) => req.url.startsWith(p))
      ) {
        session.clear();
        const returnUrl = router.url.startsWith('/login') ? undefined : router.url;
        void router.navigate(['/login'], { queryParams: returnUrl && returnUrl !== '/' ? { returnUrl } : {} });
      }
      return throwError(() => error);
    }),
  );
};
