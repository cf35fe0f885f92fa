import { DestroyRef, InjectionToken, inject, signal } from '@angular/core';

/** Pause in typing before what is written is saved. */
export const AUTOSAVE_DELAY_MS = 1500;
/** The pause, for a spec that wants no save it did not ask for. */
export const AUTOSAVE_DELAY = new InjectionToken<number>('AUTOSAVE_DELAY', {
  providedIn: 'root',
  factory: () => AUTOSAVE_DELAY_MS,
});

/** `idle`: nothing to keep yet; `unsaved`: waits for the pause; then `saving`, `saved` or `error` (the next change tries again). */
export type AutosaveState = 'idle' | 'unsaved' | 'saving' | 'saved' | 'error';

export interface AutosaveOptions {
  /** Saves what is written now (the owner compares with what the server holds, and sets `state`). */
  write: () => Promise<void>;
  /** When the pause ends: whether to save (a new article waits for its title). Always, by default. */
  due?: () => boolean;
  /** The page is left while a save waited for the pause: what is typed must not be lost. */
  onLeave: () => void;
}

/**
 * Saving what someone writes (an article, a message's draft) after a pause in typing, one save at a time,
 * and on leaving the page; `state` says it to the page ("Enregistrement…", "Enregistré", an error). Created
 * in an injection context (a store provided by its page): the page's end is the leaving.
 */
export class Autosave<Extra extends string = never> {
  private readonly delay = inject(AUTOSAVE_DELAY);
  private timer: ReturnType<typeof setTimeout> | null = null;
  private inFlight: Promise<void> | null = null;

  readonly state = signal<AutosaveState | Extra>('idle');

  constructor(private readonly options: AutosaveOptions) {
    inject(DestroyRef).onDestroy(() => {
      const waiting = this.timer !== null;
      this.cancel();
      if (waiting) options.onLeave();
    });
  }

  /** Saves after the pause, unless something changes again before. */
  schedule(): void {
    this.cancel();
    this.timer = setTimeout(() => {
      this.timer = null;
      if (this.options.due?.() ?? true) void this.run();
    }, this.delay);
  }

  /** No save after the pause (it was saved, sent or dropped). */
  cancel(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
  }

  /** Waits for the save that runs, if one does. */
  async settle(): Promise<void> {
    if (this.inFlight) await this.inFlight;
  }

  /** Saves now, once the save that runs has ended: never two at once, in the order asked. */
  run(): Promise<void> {
    // Nothing running: it starts at once (the request is on its way when this returns).
    const run = (this.inFlight ? this.inFlight.then(() => this.options.write()) : this.options.write()).finally(() => {
      if (this.inFlight === run) this.inFlight = null;
    });
    this.inFlight = run;
    return run;
  }
}
