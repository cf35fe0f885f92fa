import { DOCUMENT } from '@angular/common';
import {
  DestroyRef,
  Injectable,
  InjectionToken,
  NgZone,
  Signal,
  effect,
  inject,
  signal,
  untracked,
} from '@angular/core';
import type { HeldQueueLiveEvent, MessageReceivedLiveEvent, UnreadChangedLiveEvent } from '@preau/contracts';
import { Observable, Subject, filter, map } from 'rxjs';
import { SessionStore } from '../session/session-store';
import { API } from '../http/api';

export const LIVE_STREAM_URL = `${API}/notifications/stream`;

/** Every event of the stream, with its payload. `resync`: events may have been missed, refetch what is counted. */
export interface LiveEventMap {
  'message.received': MessageReceivedLiveEvent;
  'messaging.unread': UnreadChangedLiveEvent;
  'messaging.held': HeldQueueLiveEvent;
  resync: Record<string, unknown>;
}
export type LiveEventName = keyof LiveEventMap;
export const LIVE_EVENT_NAMES: readonly LiveEventName[] = [
  'message.received',
  'messaging.unread',
  'messaging.held',
  'resync',
];

export interface LiveEvent<K extends LiveEventName = LiveEventName> {
  type: K;
  data: LiveEventMap[K];
}

/** The part of `EventSource` the service uses (a fake one in tests). */
export interface EventSourceLike {
  readonly readyState: number;
  onopen: ((event: Event) => void) | null;
  onerror: ((event: Event) => void) | null;
  addEventListener(type: string, listener: (event: MessageEvent<string>) => void): void;
  close(): void;
}

/** Opens the stream; null where the browser has no EventSource (then nothing is live, pages still work). */
export const EVENT_SOURCE_FACTORY = new InjectionToken<(url: string) => EventSourceLike | null>(
  'EVENT_SOURCE_FACTORY',
  {
    providedIn: 'root',
    factory: () => (url) =>
      typeof EventSource === 'undefined' ? null : (new EventSource(url) as unknown as EventSourceLike),
  },
);

/** EventSource.CLOSED: the browser gave up (an HTTP error, a wrong content type) and will not reconnect by itself. */
const CLOSED = 2;
/** Browser reconnections in a row that never reach `open` before we take over with our own back-off. */
export const MAX_NATIVE_RETRIES = 3;
export const BACKOFF_MIN_MS = 1_000;
export const BACKOFF_MAX_MS = 60_000;

/** 1 s, 2 s, 4 s… up to a minute, with up to 20 % jitter so that a restarted server is not hit by every tablet at once. */
export function backoffDelay(attempt: number, random: () => number = Math.random): number {
  const base = Math.min(BACKOFF_MAX_MS, BACKOFF_MIN_MS * 2 ** Math.max(0, attempt));
  return Math.round(base * (1 + 0.2 * random()));
}

export type LiveStatus = 'off' | 'connecting' | 'open' | 'waiting';

/**
 * The one live connection of the app (`GET /notifications/stream`, server-sent events): opened while
 * someone is logged in, closed at logout. Pages listen with `on('message.received')` or read the last
 * payload of a type with `latest(type)`.
 *
 * The browser reconnects by itself when the connection drops, sending Last-Event-ID so that nothing is
 * missed (the server replays, or sends `resync` when it cannot). When it gives up (the server answered
 * an error) or keeps failing, this service reopens the stream after a growing delay, resuming after the
 * last event received (`?lastEventId=`); with no event received yet, it emits `resync` itself once
 * open, since events may have been lost in between.
 *
 * Zone-friendly: handlers run inside Angular's zone when there is one, and write signals and subjects
 * that drive change detection in the zoneless app.
 */
@Injectable({ providedIn: 'root' })
export class LiveEvents {
  private readonly session = inject(SessionStore);
  private readonly factory = inject(EVENT_SOURCE_FACTORY);
  private readonly zone = inject(NgZone);
  private readonly window = inject(DOCUMENT).defaultView;
  private readonly events = new Subject<LiveEvent>();
  private readonly latestByType = new Map<LiveEventName, ReturnType<typeof signal<unknown>>>();
  private source: EventSourceLike | null = null;
  private retryTimer: ReturnType<typeof setTimeout> | null = null;
  /** Our own reconnections since the last `open`. */
  private attempt = 0;
  /** The browser's reconnections since the last `open`. */
  private nativeRetries = 0;
  /** The id of the last event received: a stream we reopen ourselves resumes after it (`?lastEventId=`). */
  private lastEventId: string | null = null;
  /** Set when we reopened the stream without an id to resume from: events may have been missed, so `resync`. */
  private gapWithoutId = false;
  private readonly state = signal<LiveStatus>('off');

  /** `open` while events flow; `waiting` between a failure and the next try. */
  readonly status = this.state.asReadonly();

  constructor() {
    const onOnline = () => this.zone.run(() => this.reconnectNow());
    this.window?.addEventListener('online', onOnline);
    effect(() => {
      const loggedIn = this.session.isAuthenticated();
      untracked(() => (loggedIn ? this.start() : this.stop()));
    });
    inject(DestroyRef).onDestroy(() => {
      this.window?.removeEventListener('online', onOnline);
      this.stop();
    });
  }

  /** Every event of one type, as it comes. */
  on<K extends LiveEventName>(type: K): Observable<LiveEventMap[K]> {
    return this.events.pipe(
      filter((e): e is LiveEvent<K> => e.type === type),
      map((e) => e.data),
    );
  }

  /** The last payload of one type since login (null before the first). */
  latest<K extends LiveEventName>(type: K): Signal<LiveEventMap[K] | null> {
    return this.slot(type).asReadonly() as Signal<LiveEventMap[K] | null>;
  }

  private slot(type: LiveEventName) {
    let s = this.latestByType.get(type);
    if (!s) {
      s = signal<unknown>(null);
      this.latestByType.set(type, s);
    }
    return s;
  }

  private start(): void {
    if (this.source || this.retryTimer) return;
    this.attempt = 0;
    this.lastEventId = null;
    this.gapWithoutId = false;
    this.connect();
  }

  private stop(): void {
    this.clearTimer();
    this.source?.close();
    this.source = null;
    this.state.set('off');
    for (const s of this.latestByType.values()) s.set(null);
  }

  private connect(): void {
    const url = this.lastEventId
      ? `${LIVE_STREAM_URL}?lastEventId=${encodeURIComponent(this.lastEventId)}`
      : LIVE_STREAM_URL;
    const source = this.factory(url);
    if (!source) {
      this.state.set('off');
      return;
    }
    this.source = source;
    this.nativeRetries = 0;
    this.state.set('connecting');
    source.onopen = () =>
      this.zone.run(() => {
        if (this.source !== source) return;
        this.state.set('open');
        this.attempt = 0;
        this.nativeRetries = 0;
        if (this.gapWithoutId) this.emit('resync', {});
        this.gapWithoutId = false;
      });
    source.onerror = () => this.zone.run(() => this.failed(source));
    for (const type of LIVE_EVENT_NAMES) {
      source.addEventListener(type, (event) =>
        this.zone.run(() => this.source === source && this.receive(type, event)),
      );
    }
  }

  private receive(type: LiveEventName, event: MessageEvent<string>): void {
    if (event.lastEventId) this.lastEventId = event.lastEventId;
    let data: unknown = {};
    if (event.data) {
      try {
        data = JSON.parse(event.data);
      } catch {
        return; // not ours to guess at
      }
    }
    if (data === null || typeof data !== 'object') return;
    this.emit(type, data as LiveEventMap[typeof type]);
  }

  private emit<K extends LiveEventName>(type: K, data: LiveEventMap[K]): void {
    this.slot(type).set(data);
    this.events.next({ type, data } as LiveEvent);
  }

  private failed(source: EventSourceLike): void {
    if (this.source !== source) return;
    this.nativeRetries++;
    if (this.state() === 'open') this.state.set('connecting');
    // Still CONNECTING: the browser retries itself, with Last-Event-ID. Past a few failures, or once it
    // gave up, we take over with a growing delay.
    if (source.readyState !== CLOSED && this.nativeRetries <= MAX_NATIVE_RETRIES) return;
    source.close();
    this.source = null;
    if (!this.lastEventId) this.gapWithoutId = true;
    this.schedule();
  }

  private schedule(): void {
    this.clearTimer();
    if (!this.session.isAuthenticated()) return this.state.set('off');
    this.state.set('waiting');
    const delay = backoffDelay(this.attempt++);
    this.retryTimer = setTimeout(() => {
      this.retryTimer = null;
      if (this.session.isAuthenticated()) this.connect();
    }, delay);
  }

  /** Back online: no need to wait for the end of the delay. */
  private reconnectNow(): void {
    if (!this.retryTimer || !this.session.isAuthenticated()) return;
    this.clearTimer();
    this.connect();
  }

  private clearTimer(): void {
    if (this.retryTimer) clearTimeout(this.retryTimer);
    this.retryTimer = null;
  }
}
