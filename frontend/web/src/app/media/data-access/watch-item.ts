import { HttpErrorResponse } from '@angular/common/http';
import type { MediaItemView } from '@preau/contracts';
import { EMPTY, Observable, catchError, exhaustMap, takeWhile, throwError, timer } from 'rxjs';
import { MediaApi } from './media-api';

/** How often an item still `processing` is asked for again. */
export const POLL_INTERVAL_MS = 2000;

/**
 * The item every 2 s until it is `ready` or `failed` (that last state included, then complete). A poll
 * lost to the network is skipped, not fatal; a 404 (deleted meanwhile) ends with the error.
 */
export function watchItem(api: MediaApi, id: string, interval = POLL_INTERVAL_MS): Observable<MediaItemView> {
  return timer(interval, interval).pipe(
    exhaustMap(() =>
      api.get(id).pipe(
        catchError((error: unknown) =>
          error instanceof HttpErrorResponse && (error.status === 404 || error.status === 403 || error.status === 401) ? throwError(() => error) : EMPTY,
        ),
      ),
    ),
    takeWhile((item) => item.status === 'processing', true),
  );
}
