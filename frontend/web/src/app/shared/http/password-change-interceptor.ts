import { HttpErrorResponse, HttpInterceptorFn } from '@angular/common/http';
import { inject } from '@angular/core';
import { Router } from '@angular/router';
import { catchError, throwError } from 'rxjs';
import { SessionStore } from '../session/session-store';
import { isApiUrl, problemOf } from './problem';

/** The code the API answers (403) to every call but the password change while the password must be changed. */
export const PASSWORD_CHANGE_REQUIRED = 'PASSWORD_CHANGE_REQUIRED';

/** The page where a new password is chosen; the person leaves it only by changing it or logging out. */
export const PASSWORD_CHANGE_URL = '/account/password';

/**
 * After an administrator's reset, the API refuses everything with 403 PASSWORD_CHANGE_REQUIRED until the
 * person chooses a new password (docs/product/access-rules.md, issue 11): note it and go to that page.
 */
export const passwordChangeInterceptor: HttpInterceptorFn = (req, next) => {
  const session = inject(SessionStore);
  const router = inject(Router);
  return next(req).pipe(
    catchError((error: unknown) => {
      if (
        error instanceof HttpErrorResponse &&
        error.status === 403 &&
        isApiUrl(req.url) &&
        problemOf(error)?.code === PASSWORD_CHANGE_REQUIRED
      ) {
        session.setMustChangePassword(true);
        if (!router.url.startsWith(PASSWORD_CHANGE_URL)) void router.navigateByUrl(PASSWORD_CHANGE_URL);
      }
      return throwError(() => error);
    }),
  );
};
