import { HttpErrorResponse } from '@angular/common/http';
import type { ProblemDetails } from '@preau/contracts';
import { ErrorCodes } from '@preau/contracts';

const KNOWN_CODES = new Set<string>(Object.values(ErrorCodes));

/** The RFC 9457 problem carried by an API error, when there is one. */
export function problemOf(error: unknown): ProblemDetails | null {
  if (!(error instanceof HttpErrorResponse)) return null;
  const body: unknown = error.error;
  if (body && typeof body === 'object' && typeof (body as ProblemDetails).code === 'string') {
    return body as ProblemDetails;
  }
  return null;
}

/**
 * The translation key of the human message for an error: `errors.<CODE>` for every stable code of
 * the API, else a key chosen from the HTTP status, never the server's raw text.
 */
export function errorMessageKey(error: unknown): string {
  const code = problemOf(error)?.code;
  if (code && KNOWN_CODES.has(code)) return `errors.${code}`;
  if (error instanceof HttpErrorResponse) {
    if (error.status === 0) return 'errors.NETWORK';
    if (error.status === 401) return 'errors.UNAUTHENTICATED';
    if (error.status === 403) return 'errors.FORBIDDEN';
    if (error.status === 404) return 'errors.NOT_FOUND';
    if (error.status === 429) return 'errors.RATE_LIMITED';
    if (error.status >= 500) return 'errors.SERVICE_UNAVAILABLE';
  }
  return 'errors.UNKNOWN';
}

/** Whole minutes to wait after a 429 (from Retry-After in seconds), at least 1; null if unknown. */
export function retryAfterMinutes(error: unknown): number | null {
  if (!(error instanceof HttpErrorResponse)) return null;
  const header = error.headers?.get('Retry-After');
  const seconds = header === null || header === undefined ? NaN : Number(header);
  if (!Number.isFinite(seconds) || seconds < 0) return null;
  return Math.max(1, Math.ceil(seconds / 60));
}

/** True for an API URL of Préau (same origin, under /api/). */
export function isApiUrl(url: string): boolean {
  return url.startsWith('/api/') || url.startsWith('api/');
}
