import { Injectable, signal } from '@angular/core';

/** Calls quicker than this never flash a progress bar. */
export const LOADING_DELAY_MS = 250;

/** Counts the HTTP calls in flight; `visible` turns on only when one of them is slow. */
@Injectable({ providedIn: 'root' })
export class LoadingStore {
  private pending = 0;
  private timer: ReturnType<typeof setTimeout> | null = null;
  private readonly shown = signal(false);

  readonly visible = this.shown.asReadonly();

  start(): void {
    this.pending++;
    if (this.pending === 1 && this.timer === null) {
      this.timer = setTimeout(() => {
        this.timer = null;
        if (this.pending > 0) this.shown.set(true);
      }, LOADING_DELAY_MS);
    }
  }

  stop(): void {
    this.pending = Math.max(0, this.pending - 1);
    if (this.pending === 0) {
      if (this.timer !== null) clearTimeout(this.timer);
      this.timer = null;
      this.shown.set(false);
    }
  }
}
