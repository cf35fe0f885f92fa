import { TestBed } from '@angular/core/testing';
import type { MeResponse } from '@preau/contracts';
import { SessionStore } from '../session/session-store';
import { fakeSession, profile as me } from '../../../testing';
import {
  BACKOFF_MAX_MS,
  EVENT_SOURCE_FACTORY,
  EventSourceLike,
  LIVE_STREAM_URL,
  LiveEvents,
  MAX_NATIVE_RETRIES,
  backoffDelay,
} from './live-events';

/** A stand-in for the browser's EventSource, driven by the test. */
class FakeSource implements EventSourceLike {
  readyState = 0;
  onopen: ((event: Event) => void) | null = null;
  onerror: ((event: Event) => void) | null = null;
  closed = false;
  private readonly listeners = new Map<string, ((event: MessageEvent<string>) => void)[]>();

  constructor(readonly url: string) {}

  addEventListener(type: string, listener: (event: MessageEvent<string>) => void): void {
    this.listeners.set(type, [...(this.listeners.get(type) ?? []), listener]);
  }

  close(): void {
    this.closed = true;
    this.readyState = 2;
  }

  open(): void {
    this.readyState = 1;
    this.onopen?.(new Event('open'));
  }

  send(type: string, data: unknown, id = ''): void {
    const event = new MessageEvent<string>(type, {
      data: typeof data === 'string' ? data : JSON.stringify(data),
      lastEventId: id,
    });
    this.listeners.get(type)?.forEach((l) => l(event));
  }

  /** `closed`: the browser gave up (an HTTP error); else it is reconnecting by itself. */
  fail(closed: boolean): void {
    this.readyState = closed ? 2 : 0;
    this.onerror?.(new Event('error'));
  }
}

describe('LiveEvents', () => {
  let sources: FakeSource[];
  let session: ReturnType<typeof fakeSession>;
  let live: LiveEvents;

  function start(profile: MeResponse | null = me('PARENT')) {
    sources = [];
    session = fakeSession(profile);
    TestBed.configureTestingModule({
      providers: [
        { provide: SessionStore, useValue: session },
        {
          provide: EVENT_SOURCE_FACTORY,
          useValue: (url: string) => {
            const source = new FakeSource(url);
            sources.push(source);
            return source;
          },
        },
      ],
    });
    live = TestBed.inject(LiveEvents);
    TestBed.tick();
  }

  const last = () => sources[sources.length - 1];

  beforeEach(() => jest.spyOn(Math, 'random').mockReturnValue(0));
  afterEach(() => {
    jest.useRealTimers();
    jest.restoreAllMocks();
  });

  it('opens one stream while someone is logged in, and closes it at logout', () => {
    start(null);
    expect(sources).toHaveLength(0);
    expect(live.status()).toBe('off');

    session.set(me('PARENT'));
    TestBed.tick();
    expect(sources).toHaveLength(1);
    expect(last().url).toBe(LIVE_STREAM_URL);
    last().open();
    expect(live.status()).toBe('open');

    // The same session again: still one stream.
    session.set({ ...me('PARENT') });
    TestBed.tick();
    expect(sources).toHaveLength(1);

    session.set(null);
    TestBed.tick();
    expect(last().closed).toBe(true);
    expect(live.status()).toBe('off');
  });

  it('hands each event to those who listen to its type, typed, and keeps the latest', () => {
    start();
    const received: unknown[] = [];
    const unread: unknown[] = [];
    live.on('message.received').subscribe((e) => received.push(e));
    live.on('messaging.unread').subscribe((e) => unread.push(e));
    last().open();
    const event = { conversationId: 'c1', messageId: 'm1', authorId: 'p1', unread: { conversation: 1, total: 4 } };
    last().send('message.received', event, '17');
    last().send('messaging.unread', { total: 3 }, '18');
    expect(received).toEqual([event]);
    expect(unread).toEqual([{ total: 3 }]);
    expect(live.latest('messaging.unread')()).toEqual({ total: 3 });
    expect(live.latest('messaging.held')()).toBeNull();
  });

  it('drops what is not JSON, and accepts a resync without data', () => {
    start();
    const received: unknown[] = [];
    const resyncs: unknown[] = [];
    live.on('messaging.unread').subscribe((e) => received.push(e));
    live.on('resync').subscribe((e) => resyncs.push(e));
    last().send('messaging.unread', '{oops');
    last().send('messaging.unread', '42');
    last().send('resync', '');
    expect(received).toEqual([]);
    expect(resyncs).toEqual([{}]);
  });

  it('lets the browser reconnect by itself (it sends Last-Event-ID), then takes over when it keeps failing', () => {
    jest.useFakeTimers();
    start();
    last().open();
    for (let i = 0; i < MAX_NATIVE_RETRIES; i++) last().fail(false);
    expect(sources).toHaveLength(1);
    expect(last().closed).toBe(false);

    last().fail(false);
    expect(sources[0].closed).toBe(true);
    expect(live.status()).toBe('waiting');
    jest.advanceTimersByTime(999);
    expect(sources).toHaveLength(1);
    jest.advanceTimersByTime(1);
    expect(sources).toHaveLength(2);
  });

  it('reopens after a growing delay when the server refused the stream, resuming after the last event', () => {
    jest.useFakeTimers();
    start();
    last().open();
    last().send('messaging.unread', { total: 1 }, 'ev-41');
    last().fail(true);
    jest.advanceTimersByTime(1000);
    expect(sources).toHaveLength(2);
    expect(last().url).toBe(`${LIVE_STREAM_URL}?lastEventId=ev-41`);

    last().fail(true);
    jest.advanceTimersByTime(1999);
    expect(sources).toHaveLength(2);
    jest.advanceTimersByTime(1);
    expect(sources).toHaveLength(3);

    // Once open again, the next failure starts from the shortest delay.
    last().open();
    last().fail(true);
    jest.advanceTimersByTime(1000);
    expect(sources).toHaveLength(4);
  });

  it('asks for a resync when it reopened without an event to resume from', () => {
    jest.useFakeTimers();
    start();
    const resyncs: unknown[] = [];
    live.on('resync').subscribe((e) => resyncs.push(e));
    last().fail(true);
    jest.advanceTimersByTime(1000);
    expect(resyncs).toEqual([]);
    last().open();
    expect(resyncs).toEqual([{}]);
  });

  it('does not reopen after logout, even while waiting', () => {
    jest.useFakeTimers();
    start();
    last().fail(true);
    session.set(null);
    TestBed.tick();
    jest.advanceTimersByTime(BACKOFF_MAX_MS * 2);
    expect(sources).toHaveLength(1);
    expect(live.status()).toBe('off');
  });

  it('reconnects at once when the device is back online', () => {
    jest.useFakeTimers();
    start();
    last().fail(true);
    window.dispatchEvent(new Event('online'));
    expect(sources).toHaveLength(2);
  });

  it('does nothing where the browser has no EventSource', () => {
    TestBed.configureTestingModule({
      providers: [
        { provide: SessionStore, useValue: fakeSession(me('PUPIL')) },
        { provide: EVENT_SOURCE_FACTORY, useValue: () => null },
      ],
    });
    const service = TestBed.inject(LiveEvents);
    TestBed.tick();
    expect(service.status()).toBe('off');
  });
});

describe('backoffDelay', () => {
  it('doubles from one second up to a minute, with up to 20 % jitter', () => {
    expect([0, 1, 2, 3].map((n) => backoffDelay(n, () => 0))).toEqual([1000, 2000, 4000, 8000]);
    expect(backoffDelay(20, () => 0)).toBe(BACKOFF_MAX_MS);
    expect(backoffDelay(0, () => 1)).toBe(1200);
  });
});
