import { HttpEventType } from '@angular/common/http';
import { DestroyRef, Injectable, computed, inject, signal } from '@angular/core';
import type { MediaItemView } from '@preau/contracts';
import { Subject, Subscription } from 'rxjs';
import { MediaApi } from './media-api';
import { failureReasonKey, uploadErrorKey } from './media-labels';
import { POLL_INTERVAL_MS, watchItem } from './watch-item';

/**
 * - `waiting`: in the queue, not sent yet; `uploading`: being sent (see `progress`);
 * - `processing`: received, the server is preparing it; `ready` / `failed`: processing ended;
 * - `refused`: the upload itself was refused (too big, wrong type, storage full, network).
 */
export type UploadState = 'waiting' | 'uploading' | 'processing' | 'ready' | 'failed' | 'refused';

export interface UploadEntry {
  key: number;
  name: string;
  size: number;
  state: UploadState;
  /** 0–100 while uploading. */
  progress: number;
  item: MediaItemView | null;
  /** Translation key of why it was refused or failed. */
  errorKey: string | null;
}

/** A message for the live region: a translation key and its parameters. */
export interface Announcement {
  key: string;
  params: Record<string, string>;
}

/** Files sent at once: a school's connection is shared by the whole class. */
export const PARALLEL_UPLOADS = 2;

interface Pending {
  key: number;
  file: Blob;
  name: string;
}

/**
 * The files being sent by one page or picker: per-file progress, refusals in words, then the live
 * processing state (polled every 2 s) until ready or failed. Provided by the component that shows it.
 */
@Injectable()
export class UploadQueue {
  private readonly api = inject(MediaApi);
  private readonly state = signal<UploadEntry[]>([]);
  private readonly pending: Pending[] = [];
  private readonly running = new Map<number, Subscription>();
  private readonly changes = new Subject<MediaItemView>();
  private nextKey = 1;
  private sending = 0;

  readonly entries = this.state.asReadonly();
  readonly busy = computed(() => this.state().some((e) => e.state === 'waiting' || e.state === 'uploading' || e.state === 'processing'));
  readonly announcement = signal<Announcement | null>(null);
  /** Every item the queue learns about: created (processing), then its final state. */
  readonly itemChanges = this.changes.asObservable();

  constructor() {
    inject(DestroyRef).onDestroy(() => {
      this.running.forEach((s) => s.unsubscribe());
      this.changes.complete();
    });
  }

  /** Queues files (the file picker, the camera, a drop). */
  add(files: Iterable<File>): void {
    for (const file of files) this.addBlob(file, file.name);
  }

  /** Queues a blob under a name (a recording). */
  addBlob(file: Blob, name: string): void {
    const key = this.nextKey++;
    this.state.update((list) => [...list, { key, name, size: file.size, state: 'waiting', progress: 0, item: null, errorKey: null }]);
    this.pending.push({ key, file, name });
    this.pump();
  }

  /** An item made another way (a link): the lists around hear of it like an upload. */
  register(item: MediaItemView): void {
    this.changes.next(item);
  }

  /** True while the queue follows this item (a list need not poll it too). */
  tracks(mediaId: string): boolean {
    return this.state().some((e) => e.item?.id === mediaId && e.state === 'processing');
  }

  /** Stops sending or following an entry and forgets it. */
  dismiss(key: number): void {
    const index = this.pending.findIndex((p) => p.key === key);
    if (index >= 0) this.pending.splice(index, 1);
    const running = this.running.get(key);
    if (running) {
      running.unsubscribe();
      this.running.delete(key);
    }
    const entry = this.state().find((e) => e.key === key);
    if (entry?.state === 'uploading') this.sending--;
    this.state.update((list) => list.filter((e) => e.key !== key));
    this.pump();
  }

  /** Forgets the entries that are over (ready, failed, refused). */
  clearFinished(): void {
    this.state.update((list) => list.filter((e) => e.state === 'waiting' || e.state === 'uploading' || e.state === 'processing'));
  }

  private pump(): void {
    while (this.sending < PARALLEL_UPLOADS && this.pending.length) {
      const next = this.pending.shift() as Pending;
      this.send(next);
    }
  }

  private send({ key, file, name }: Pending): void {
    this.sending++;
    this.patch(key, { state: 'uploading', progress: 0 });
    const done = () => {
      this.sending--;
      this.running.delete(key);
      this.pump();
    };
    const subscription = this.api.upload(file, name).subscribe({
      next: (event) => {
        if (event.type === HttpEventType.UploadProgress) {
          const progress = event.total ? Math.min(100, Math.round((100 * event.loaded) / event.total)) : 0;
          this.patch(key, { progress });
        } else if (event.type === HttpEventType.Response && event.body) {
          done();
          this.settle(key, name, event.body);
        }
      },
      error: (error: unknown) => {
        done();
        const errorKey = uploadErrorKey(error);
        this.patch(key, { state: 'refused', errorKey });
        this.announce('media.live.refused', { name }, errorKey);
      },
    });
    if (this.state().some((e) => e.key === key && e.state === 'uploading')) this.running.set(key, subscription);
  }

  /** The server has the file: follow its processing until ready or failed. */
  private settle(key: number, name: string, answered: Partial<MediaItemView> & Pick<MediaItemView, 'id' | 'kind' | 'status'>): void {
    // docs/product/api-conventions.md promises at least {id, kind, status} on 202: fill the rest until the first poll.
    const item = { title: name.replace(/\.[^.]+$/, ''), renditions: {}, sharedWithClassIds: [], metadata: {}, ...answered } as MediaItemView;
    this.apply(key, name, item);
    if (item.status !== 'processing') return;
    const subscription = watchItem(this.api, item.id, POLL_INTERVAL_MS).subscribe({
      next: (latest) => this.apply(key, name, latest),
      error: (error: unknown) => {
        this.running.delete(key);
        this.patch(key, { state: 'refused', errorKey: uploadErrorKey(error) });
      },
      complete: () => this.running.delete(key),
    });
    this.running.set(key, subscription);
  }

  private apply(key: number, name: string, item: MediaItemView): void {
    const before = this.state().find((e) => e.key === key)?.state;
    const errorKey = item.status === 'failed' ? failureReasonKey(item) : null;
    this.patch(key, { state: item.status, progress: 100, item, errorKey });
    this.changes.next(item);
    if (before === item.status) return;
    if (item.status === 'processing') this.announce('media.live.processing', { name });
    else if (item.status === 'ready') this.announce('media.live.ready', { name });
    else this.announce('media.live.failed', { name }, errorKey);
  }

  private announce(key: string, params: Record<string, string>, reasonKey: string | null = null): void {
    this.announcement.set({ key, params: reasonKey ? { ...params, reasonKey } : params });
  }

  private patch(key: number, change: Partial<UploadEntry>): void {
    this.state.update((list) => list.map((e) => (e.key === key ? { ...e, ...change } : e)));
  }
}
