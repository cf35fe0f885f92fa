import { MikroORM } from '@mikro-orm/postgresql';
import { newId } from '@preau/kernel';
import { createTestDatabase, TEST_REDIS_URL, uniqueRedisPrefix, waitUntil } from '@preau/testing';
import IORedis from 'ioredis';
import { migrate, ormOptions } from '../database/orm-options';
import { LiveEvents, type LiveSubscription } from './live-events';
import { type LiveEntry, type LiveEvent, type LiveLog, READY_EVENT, RESYNC_EVENT, type StoredLiveEntry } from './live-log';
import { PostgresLiveLog } from './postgres-live-log';
import { RedisLiveLog } from './redis-live-log';

jest.setTimeout(30_000);

/** Two "API processes" on one store: each with its own connections and its own LiveEvents. */
interface Store {
  /** The id before every entry of a fresh log. */
  origin: string;
  /** An id from the future (the log never handed it out). */
  unknown: string;
  makeLog(process: 1 | 2): LiveLog;
  /** Removes every entry before `id`, as trimming (Redis) or pruning (PostgreSQL) would. */
  dropBefore(id: string): Promise<void>;
  /** How many entries the store holds. */
  size(): Promise<number>;
  close(): Promise<void>;
}

async function redisStore(maxLength = 100_000, blockMs = 1000): Promise<Store> {
  const prefix = uniqueRedisPrefix('live');
  const clients = [new IORedis(TEST_REDIS_URL), new IORedis(TEST_REDIS_URL)];
  const stream = `${prefix}:live`;
  return {
    origin: '0-0',
    unknown: `${Date.now() + 86_400_000}-0`,
    makeLog: (process) => new RedisLiveLog(clients[process - 1], { prefix, maxLength, blockMs }),
    dropBefore: async (id) => {
      await clients[0].xtrim(stream, 'MINID', id);
    },
    size: () => clients[0].xlen(stream),
    close: async () => {
      const keys = await clients[0].keys(`${prefix}:*`);
      if (keys.length) await clients[0].del(...keys);
      await Promise.all(clients.map((c) => c.quit()));
    },
  };
}

async function postgresStore(
  pollMs = 300,
  name = 'live_events',
): Promise<Store & { sql: <T>(text: string, params?: unknown[]) => Promise<T[]>; makeLog(process: 1 | 2, pollMs?: number): LiveLog }> {
  const url = await createTestDatabase(name);
  await migrate(url);
  const orms = [await MikroORM.init(ormOptions(url, { entities: [] })), await MikroORM.init(ormOptions(url, { entities: [] }))];
  const sql = <T>(text: string, params: unknown[] = []) => orms[0].em.fork().getConnection().execute<T[]>(text, params);
  return {
    origin: '0',
    unknown: '999999999',
    makeLog: (process: 1 | 2, poll: number = pollMs) => new PostgresLiveLog(orms[process - 1].em, url, { pollMs: poll }),
    sql,
    dropBefore: async (id) => {
      await sql(`delete from platform.live_event where seq < ?`, [id]);
    },
    size: async () => Number((await sql<{ n: string }>(`select count(*) as n from platform.live_event`))[0].n),
    close: async () => {
      await Promise.all(orms.map((o) => o.close(true)));
    },
  };
}

/** A log whose backlog reads can be made to wait, to append while a subscriber catches up. */
class PausableLog implements LiveLog {
  beforeRead: (() => Promise<void>) | null = null;
  afterRead: (() => Promise<void>) | null = null;
  /** Every entry the tail heard. */
  readonly followed: StoredLiveEntry[] = [];
  constructor(private readonly inner: LiveLog) {}
  append(entries: LiveEntry[]) {
    return this.inner.append(entries);
  }
  order(id: string) {
    return this.inner.order(id);
  }
  resumeFrom(lastEventId: string | null) {
    return this.inner.resumeFrom(lastEventId);
  }
  async readAfter(personId: string, after: string, limit: number) {
    const before = this.beforeRead;
    this.beforeRead = null;
    await before?.();
    const events = await this.inner.readAfter(personId, after, limit);
    const afterRead = this.afterRead;
    this.afterRead = null;
    await afterRead?.();
    return events;
  }
  follow(onEntries: (entries: StoredLiveEntry[]) => void) {
    return this.inner.follow((entries) => {
      this.followed.push(...entries);
      onEntries(entries);
    });
  }
  close() {
    return this.inner.close();
  }
}

/** What a subscriber received, and whether it ended. */
class Inbox {
  readonly events: LiveEvent[] = [];
  ended: Error | null = null;
  subscription!: LiveSubscription;
  event = (event: LiveEvent) => {
    this.events.push(event);
  };
  end = (reason: Error) => {
    this.ended = reason;
  };
  get types(): string[] {
    return this.events.map((e) => e.type);
  }
  get ids(): string[] {
    return this.events.map((e) => e.id);
  }
  until(count: number, what = `${count} event(s)`): Promise<true> {
    return waitUntil(what, () => this.events.length >= count || undefined, { timeoutMs: 8000, intervalMs: 20 });
  }
}

const settle = (ms = 400) => new Promise((resolve) => setTimeout(resolve, ms));

describe.each([
  ['Redis stream', () => redisStore()],
  ['PostgreSQL table', () => postgresStore()],
] as const)('LiveEvents on a %s', (_name, makeStore) => {
  let store: Store;
  let first: LiveEvents;
  let second: LiveEvents;
  let paused: PausableLog;
  const opened: LiveEvents[] = [];

  const subscribe = (live: LiveEvents, personId: string, lastEventId: string | null) => {
    const inbox = new Inbox();
    inbox.subscription = live.subscribe(personId, lastEventId, inbox);
    return inbox;
  };
  const entry = (personId: string, type: string, n: number, key?: string): LiveEntry => ({ personId, type, data: { n, text: `line "${n}"\nnext` }, ...(key ? { key } : {}) });
  /** Every stored entry of a person, read from the start of the log. */
  const everything = async (personId: string, live = first) => {
    const inbox = subscribe(live, personId, store.origin);
    await inbox.subscription.ready;
    inbox.subscription.close();
    return inbox.events;
  };

  beforeAll(async () => {
    store = await makeStore();
    paused = new PausableLog(store.makeLog(1));
    first = new LiveEvents(paused, { backlogBatch: 2 });
    second = new LiveEvents(store.makeLog(2));
    opened.push(first, second);
  });

  afterAll(async () => {
    await Promise.all(opened.map((l) => l.close()));
    await store?.close();
  });

  it('appends entries in order and skips one whose key was already appended, in the same batch or later', async () => {
    const person = newId();
    await first.append([entry(person, 'message.received', 1, `m1:${person}`), entry(person, 'count.changed', 2)]);
    await first.append([entry(person, 'message.received', 1, `m1:${person}`), entry(person, 'message.received', 3, `m3:${person}`), entry(person, 'message.received', 3, `m3:${person}`)]);
    // The slow path (another process, later) appends the same entry again: still one.
    await second.append([entry(person, 'message.received', 1, `m1:${person}`)]);

    const events = await everything(person);
    expect(events.map((e) => e.data)).toEqual([entry(person, '', 1).data, entry(person, '', 2).data, entry(person, '', 3).data]);
    expect(events.map((e) => e.type)).toEqual(['message.received', 'count.changed', 'message.received']);
    const positions = events.map((e) => first['log'].order(e.id) as bigint);
    expect([...positions].sort((a, b) => (a < b ? -1 : 1))).toEqual(positions);
  });

  it('appends a broadcast to 300 people, each once even when it is sent twice', async () => {
    const people = Array.from({ length: 300 }, () => newId());
    const before = await store.size();
    await first.append(people.map((p, i) => entry(p, 'message.received', i, `broadcast:${p}`)));
    await first.append(people.map((p, i) => entry(p, 'message.received', i, `broadcast:${p}`)));
    expect((await store.size()) - before).toBe(300);
    expect((await everything(people[299])).map((e) => e.data['n'])).toEqual([299]);
  });

  it('refuses an entry that is not one (person id, type, data, key)', async () => {
    await expect(first.append([{ personId: 'nobody', type: 'x', data: {} }])).rejects.toThrow(/UUID/);
    await expect(first.append([{ personId: newId(), type: 'two\nlines', data: {} }])).rejects.toThrow(/type/);
    await expect(first.append([{ personId: newId(), type: RESYNC_EVENT, data: {} }])).rejects.toThrow(/type/);
    await expect(first.append([{ personId: newId(), type: READY_EVENT, data: {} }])).rejects.toThrow(/type/);
    await expect(first.append([{ personId: newId(), type: 'x', data: [] as unknown as Record<string, unknown> }])).rejects.toThrow(/data/);
    await expect(first.append([{ personId: newId(), type: 'x', data: {}, key: 'k'.repeat(201) }])).rejects.toThrow(/key/);
  });

  it('delivers live entries to the subscribers of their person only', async () => {
    const [ann, bob] = [newId(), newId()];
    const annInbox = subscribe(first, ann, null);
    const bobInbox = subscribe(first, bob, null);
    await Promise.all([annInbox.subscription.ready, bobInbox.subscription.ready]);

    await first.append([entry(ann, 'message.received', 1), entry(bob, 'message.received', 2), entry(ann, 'message.received', 3)]);
    await annInbox.until(2);
    await bobInbox.until(1);
    await settle();
    expect(annInbox.events.map((e) => e.data['n'])).toEqual([1, 3]);
    expect(bobInbox.events.map((e) => e.data['n'])).toEqual([2]);
    annInbox.subscription.close();
    bobInbox.subscription.close();
  });

  it('resumes after an id: exactly the later entries, once each, in order, then the live ones', async () => {
    const person = newId();
    await first.append([1, 2, 3, 4, 5].map((n) => entry(person, 'message.received', n)));
    const all = await everything(person);
    expect(all.map((e) => e.data['n'])).toEqual([1, 2, 3, 4, 5]);

    // Backlog read in batches of 2 (first) and in one go (second, another process).
    for (const live of [first, second]) {
      const inbox = subscribe(live, person, all[1].id);
      await inbox.subscription.ready;
      expect(inbox.ids).toEqual(all.slice(2).map((e) => e.id));
      expect(inbox.subscription.position).toBe(all[4].id);
      inbox.subscription.close();
    }
    const inbox = subscribe(first, person, all[1].id);
    await inbox.subscription.ready;
    await first.append([entry(person, 'message.received', 6)]);
    await inbox.until(4);
    await settle();
    expect(inbox.events.map((e) => e.data['n'])).toEqual([3, 4, 5, 6]);
    expect(new Set(inbox.ids).size).toBe(4);
    inbox.subscription.close();

    // Resuming from the last one: nothing stored, nothing twice.
    const upToDate = subscribe(first, person, inbox.ids[3]);
    await upToDate.subscription.ready;
    await settle();
    expect(upToDate.events).toEqual([]);
    expect(upToDate.subscription.position).toBe(inbox.ids[3]);
    upToDate.subscription.close();
  });

  it('delivers once an entry appended while the backlog is read, before or after the read', async () => {
    const person = newId();
    await first.append([entry(person, 'message.received', 1)]);
    const start = (await everything(person))[0].id;
    const heard = (n: number) => () => paused.followed.some((e) => e.personId === person && e.data['n'] === n) || undefined;
    await first.append([entry(person, 'message.received', 2)]);
    // Entry 2 is only in the stored backlog (the tail passed it before the subscription).
    await waitUntil('the tail to hear entry 2', heard(2), { intervalMs: 10 });

    // Appended just before the first backlog read: stored (read) and heard by the tail (buffered), delivered once.
    paused.beforeRead = async () => {
      await first.append([entry(person, 'message.received', 3)]);
      await waitUntil('the tail to hear entry 3', heard(3), { intervalMs: 10 });
    };
    // Appended after the last backlog read, before going live: only the tail has it.
    paused.afterRead = async () => {
      paused.afterRead = async () => {
        await first.append([entry(person, 'message.received', 4)]);
        await waitUntil('the tail to hear entry 4', heard(4), { intervalMs: 10 });
      };
    };
    const inbox = subscribe(first, person, start);
    await inbox.subscription.ready;
    await first.append([entry(person, 'message.received', 5)]);
    await inbox.until(4);
    await settle();
    expect(paused.beforeRead).toBeNull();
    expect(paused.afterRead).toBeNull();
    expect(inbox.events.map((e) => e.data['n'])).toEqual([2, 3, 4, 5]);
    inbox.subscription.close();
  });

  it('sends `resync` first for a malformed or unknown id, then goes on from the end', async () => {
    const person = newId();
    await first.append([entry(person, 'message.received', 1)]);
    for (const lastEventId of ['not-an-id', store.unknown, '']) {
      const inbox = subscribe(first, person, lastEventId);
      await inbox.subscription.ready;
      expect(inbox.types).toEqual([RESYNC_EVENT]);
      expect(first['log'].order(inbox.ids[0])).not.toBeNull();
      await first.append([entry(person, 'message.received', 2)]);
      await inbox.until(2);
      expect(inbox.events[1]).toMatchObject({ type: 'message.received', data: { n: 2 } });
      inbox.subscription.close();

      // The resync's id is a good place to resume from.
      const again = subscribe(first, person, inbox.ids[0]);
      await again.subscription.ready;
      expect(again.events.map((e) => e.data['n'])).toEqual([2]);
      again.subscription.close();
    }
  });

  it('sends `resync` when entries after the given id were trimmed, and not when only older ones were', async () => {
    const person = newId();
    await first.append([1, 2, 3].map((n) => entry(person, 'message.received', n)));
    const [one, , three] = await everything(person);
    await store.dropBefore(three.id);

    // Entry 2 is gone: whoever stopped at 1 missed it.
    const late = subscribe(first, person, one.id);
    await late.subscription.ready;
    expect(late.types).toEqual([RESYNC_EVENT]);
    late.subscription.close();

    const upToDate = subscribe(first, person, three.id);
    await upToDate.subscription.ready;
    await first.append([entry(person, 'message.received', 4)]);
    await upToDate.until(1);
    await settle();
    expect(upToDate.events.map((e) => e.data['n'])).toEqual([4]);
    upToDate.subscription.close();
  });

  it('reaches a subscriber of another process', async () => {
    const person = newId();
    const inbox = subscribe(second, person, null);
    await inbox.subscription.ready;
    await first.append([entry(person, 'message.received', 1, `cross:${person}`)]);
    await inbox.until(1);
    await second.append([entry(person, 'message.received', 1, `cross:${person}`), entry(person, 'message.received', 2)]);
    await inbox.until(2);
    await settle();
    expect(inbox.events.map((e) => e.data['n'])).toEqual([1, 2]);
    expect(second.subscriberCount).toBe(1);
    inbox.subscription.close();
    expect(second.subscriberCount).toBe(0);
  });

  it('ends every subscription when closed, and ends at once a subscription made afterwards', async () => {
    const live = new LiveEvents(store.makeLog(1));
    opened.push(live);
    const inbox = subscribe(live, newId(), null);
    await inbox.subscription.ready;
    await live.close();
    expect(inbox.ended?.message).toMatch(/shutting down/);
    expect(live.subscriberCount).toBe(0);

    const late = subscribe(live, newId(), null);
    await late.subscription.ready;
    expect(late.ended?.message).toMatch(/shutting down/);
  });
});

/** Rejects when `work` has not settled after `ms`: for what must not wait on a long timer, never as a speed check. */
function withinOrFail<T>(what: string, work: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const guard = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what}: still waiting after ${ms} ms`)), ms);
  });
  return Promise.race([work, guard]).finally(() => clearTimeout(timer));
}

describe('the Redis live log', () => {
  it('trims the stream to about its maximum length, and stops its blocking read at once on close', async () => {
    // A blocking read of a minute: closing must interrupt it, not wait for it to time out.
    const store = await redisStore(1000, 60_000);
    const live = new LiveEvents(store.makeLog(1));
    try {
      const inbox = new Inbox();
      inbox.subscription = live.subscribe(newId(), null, inbox);
      await inbox.subscription.ready;
      const person = newId();
      await live.append(Array.from({ length: 3000 }, (_, i) => ({ personId: person, type: 'message.received', data: { i } })));
      const size = await store.size();
      expect(size).toBeGreaterThanOrEqual(1000);
      expect(size).toBeLessThan(1500);
    } finally {
      await withinOrFail('closing the Redis live log', live.close(), 20_000);
      await store.close();
    }
  });
});

describe('the PostgreSQL live log', () => {
  let store: Awaited<ReturnType<typeof postgresStore>>;
  beforeAll(async () => {
    store = await postgresStore(300, 'live_events_wakeups');
  });
  afterAll(() => store?.close());

  it('wakes its followers with pg_notify, without waiting for its poll', async () => {
    // Polling once a minute: an event that arrives within the wait below came by notification.
    const live = new LiveEvents(store.makeLog(1, 60_000));
    try {
      const person = newId();
      const inbox = new Inbox();
      inbox.subscription = live.subscribe(person, null, inbox);
      await inbox.subscription.ready;
      await live.append([{ personId: person, type: 'message.received', data: { n: 1 } }]);
      await inbox.until(1);
      expect(inbox.events.map((e) => e.data['n'])).toEqual([1]);
    } finally {
      await live.close();
    }
  });

  it('finds by polling a row whose notification was missed', async () => {
    const live = new LiveEvents(store.makeLog(1, 200));
    try {
      const person = newId();
      const inbox = new Inbox();
      inbox.subscription = live.subscribe(person, null, inbox);
      await inbox.subscription.ready;
      // A row committed without a notification (a LISTEN connection lost at that moment): the poll finds it.
      await store.sql(`insert into platform.live_event (person_id, type, data) values (?, 'message.received', '{"n":2}')`, [person]);
      await inbox.until(1);
      expect(inbox.events.map((e) => e.data['n'])).toEqual([2]);
    } finally {
      await live.close();
    }
  });
});
