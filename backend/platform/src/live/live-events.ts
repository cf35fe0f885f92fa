import { Logger, type OnModuleDestroy } from '@nestjs/common';
import {
  checkLiveEntry,
  isUuid,
  type LiveEntry,
  type LiveEvent,
  type LiveLog,
  RESYNC_EVENT,
  type StoredLiveEntry,
} from './live-log';

export interface LiveListener {
  /** Each entry once, in log order; first a `resync` event when the given position could not be resumed. */
  event(event: LiveEvent): void;
  /** The subscription stopped (the log failed while catching up, or the process is shutting down). */
  end?(reason: Error): void;
}

export interface LiveSubscription {
  /** Settles once the stored entries were delivered and live ones follow (or the subscription ended). */
  readonly ready: Promise<void>;
  /** Where a reconnection should resume: the last event delivered, or the starting point once it is known. */
  readonly position: string | null;
  close(): void;
}

export class LiveEventsClosedError extends Error {
  constructor() {
    super('live events are shutting down');
  }
}

class Subscriber implements LiveSubscription {
  ready: Promise<void> = Promise.resolve();
  closed = false;
  position: string | null = null;
  /** Position of the last event delivered (or of the starting point); anything at or before it is dropped. */
  private last: bigint | null = null;
  /** Live entries heard while catching up, delivered after the stored ones; null once live. */
  private pending: LiveEvent[] | null = [];

  constructor(
    readonly personId: string,
    private readonly listener: LiveListener,
    private readonly order: (id: string) => bigint | null,
    private readonly detach: (s: Subscriber) => void,
  ) {}

  startAfter(after: string, resync: boolean): void {
    this.last = this.order(after);
    this.position = after;
    if (resync) this.emit({ id: after, type: RESYNC_EVENT, data: {} });
  }

  /** From the tail: buffered until the backlog was read. */
  offer(event: LiveEvent): void {
    if (this.closed) return;
    if (this.pending) this.pending.push(event);
    else this.deliver(event);
  }

  deliver(event: LiveEvent): void {
    if (this.closed) return;
    const position = this.order(event.id);
    if (position === null || (this.last !== null && position <= this.last)) return;
    this.last = position;
    this.position = event.id;
    this.emit(event);
  }

  goLive(): void {
    const pending = this.pending ?? [];
    this.pending = null;
    for (const event of pending) this.deliver(event);
  }

  close(): void {
    if (this.closed) return;
    this.closed = true;
    this.pending = null;
    this.detach(this);
  }

  end(reason: Error): void {
    if (this.closed) return;
    this.close();
    try {
      this.listener.end?.(reason);
    } catch {
      // a listener's failure must not reach the log's loop
    }
  }

  private emit(event: LiveEvent): void {
    try {
      this.listener.event(event);
    } catch (error) {
      this.end(error instanceof Error ? error : new Error(String(error)));
    }
  }
}

/**
 * Per-person live events for open browsers, over a short stored log shared by every API process
 * (docs/decisions/0007-live-events.md). `append` after the change committed (and again from the outbox
 * consumer: the key makes it once); `subscribe` delivers what the person missed after `lastEventId`, then
 * what comes, in log order, never twice. Injected as `LiveEvents` (PlatformModule provides it).
 */
export class LiveEvents implements OnModuleDestroy {
  private readonly logger = new Logger('LiveEvents');
  private readonly subscribers = new Map<string, Set<Subscriber>>();
  private following: Promise<void> | null = null;
  private closed = false;

  constructor(
    private readonly log: LiveLog,
    /** `declared`: the live event types the contexts declared (their descriptors' `liveEvents`); others are refused. */
    private readonly options: { backlogBatch?: number; declared?: (type: string) => boolean } = {},
  ) {}

  /** Appends in one round trip (or a few for very large batches); entries whose key was already appended are skipped. */
  async append(entries: LiveEntry[]): Promise<void> {
    entries.forEach(checkLiveEntry);
    const undeclared = this.options.declared && entries.find((entry) => !this.options.declared?.(entry.type));
    if (undeclared) throw new Error(`live event ${undeclared.type} is declared by no context`);
    if (entries.length > 0) await this.log.append(entries);
  }

  subscribe(personId: string, lastEventId: string | null, listener: LiveListener): LiveSubscription {
    if (!isUuid(personId)) throw new Error('subscribe: personId is not a UUID');
    const subscriber = new Subscriber(
      personId,
      listener,
      (id) => this.log.order(id),
      (s) => this.detach(s),
    );
    if (this.closed) {
      subscriber.ready = Promise.resolve().then(() => subscriber.end(new LiveEventsClosedError()));
      return subscriber;
    }
    // Registered before the backlog is read: what is appended meanwhile is buffered, then deduplicated by id.
    let set = this.subscribers.get(personId);
    if (!set) this.subscribers.set(personId, (set = new Set()));
    set.add(subscriber);
    subscriber.ready = this.catchUp(subscriber, lastEventId).catch((error: Error) => {
      if (!subscriber.closed) this.logger.warn(`a live subscription could not catch up: ${error.message}`);
      subscriber.end(error);
    });
    return subscriber;
  }

  /** Open subscriptions of this person in this process. */
  subscriberCountOf(personId: string): number {
    return this.subscribers.get(personId)?.size ?? 0;
  }

  /** Open subscriptions in this process. */
  get subscriberCount(): number {
    let n = 0;
    for (const set of this.subscribers.values()) n += set.size;
    return n;
  }

  /** Ends every subscription (their streams close; browsers reconnect elsewhere) and stops following the log. */
  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    for (const set of [...this.subscribers.values()]) for (const s of [...set]) s.end(new LiveEventsClosedError());
    await this.following?.catch(() => undefined);
    await this.log.close();
  }

  onModuleDestroy(): Promise<void> {
    return this.close();
  }

  private async catchUp(subscriber: Subscriber, lastEventId: string | null): Promise<void> {
    // The tail's starting point is fixed before the backlog is read, so that the two overlap rather than leave a gap.
    await this.ensureFollowing();
    if (subscriber.closed) return;
    const { after, resync } = await this.log.resumeFrom(lastEventId);
    if (subscriber.closed) return;
    subscriber.startAfter(after, resync);
    const batch = this.options.backlogBatch ?? 500;
    let cursor = after;
    for (;;) {
      const events = await this.log.readAfter(subscriber.personId, cursor, batch);
      if (subscriber.closed) return;
      for (const event of events) subscriber.deliver(event);
      if (events.length < batch) break;
      cursor = events[events.length - 1].id;
    }
    subscriber.goLive();
  }

  private ensureFollowing(): Promise<void> {
    if (this.closed) return Promise.reject(new LiveEventsClosedError());
    if (!this.following) {
      const following = this.log.follow((entries) => this.dispatch(entries));
      this.following = following;
      // A failed start (store unreachable) is retried by the next subscriber.
      following.catch(() => {
        if (this.following === following) this.following = null;
      });
    }
    return this.following;
  }

  private dispatch(entries: StoredLiveEntry[]): void {
    for (const entry of entries) {
      const set = this.subscribers.get(entry.personId);
      if (!set) continue;
      const event: LiveEvent = { id: entry.id, type: entry.type, data: entry.data };
      for (const subscriber of set) subscriber.offer(event);
    }
  }

  private detach(subscriber: Subscriber): void {
    const set = this.subscribers.get(subscriber.personId);
    if (!set) return;
    set.delete(subscriber);
    if (set.size === 0) this.subscribers.delete(subscriber.personId);
  }
}
