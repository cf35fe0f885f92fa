/**
 * The short stored log behind the live event stream (docs/decisions/0007-live-events.md): Redis Streams
 * when there is a Redis, a PostgreSQL table otherwise. `LiveEvents` builds subscriptions on top of it.
 */

/** What a context appends: one event for one person. */
export interface LiveEntry {
  personId: string;
  /** The SSE event name, e.g. `message.received`. */
  type: string;
  data: Record<string, unknown>;
  /**
   * Idempotency key, e.g. `message.received:<messageId>:<personId>`: an entry whose key was appended in the last
   * 24 hours (at least) is not appended again, so the request and the outbox consumer may both append it.
   */
  key?: string;
}

/** What a subscriber receives: `id` is the entry's position in the log (opaque, increasing). */
export interface LiveEvent {
  id: string;
  type: string;
  data: Record<string, unknown>;
}

/** An entry as the log holds it. */
export interface StoredLiveEntry extends LiveEvent {
  personId: string;
}

export interface LiveLog {
  /** Appends the entries in order, in one atomic step or a few; entries whose key is known are skipped. */
  append(entries: LiveEntry[]): Promise<void>;
  /** The comparable position of one of this log's ids; null when `id` is not one. */
  order(id: string): bigint | null;
  /**
   * Where a subscriber starts. With `lastEventId` still covered by the log: right after it. Otherwise (none given,
   * malformed, unknown, or entries after it already trimmed) the current end, with `resync` when one was given.
   * The end is never before an entry that is still being appended.
   */
  resumeFrom(lastEventId: string | null): Promise<{ after: string; resync: boolean }>;
  /** This person's entries after `after`, oldest first, at most `limit` (fewer means the end of the log). */
  readAfter(personId: string, after: string, limit: number): Promise<LiveEvent[]>;
  /**
   * Follows the log: `onEntries` gets every entry appended after the moment this resolves, in log order, in batches.
   * Called once; runs until `close`.
   */
  follow(onEntries: (entries: StoredLiveEntry[]) => void): Promise<void>;
  close(): Promise<void>;
}

/** First on a stream that could not resume: the client refetches what it shows, then follows. */
export const RESYNC_EVENT = 'resync';
/** Sent by the stream once the missed events were delivered and live ones follow; carries the position. */
export const READY_EVENT = 'ready';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const TYPE = /^[A-Za-z0-9][A-Za-z0-9._:-]{0,59}$/;

/** Entries are checked the same way for both stores (the table's column types, SSE's line format). */
export function checkLiveEntry(entry: LiveEntry): void {
  if (!UUID.test(entry.personId)) throw new Error(`live entry: personId is not a UUID (${String(entry.personId).slice(0, 60)})`);
  if (!TYPE.test(entry.type) || entry.type === RESYNC_EVENT || entry.type === READY_EVENT) throw new Error(`live entry: invalid type ${JSON.stringify(String(entry.type).slice(0, 80))}`);
  if (entry.data === null || typeof entry.data !== 'object' || Array.isArray(entry.data)) throw new Error(`live entry ${entry.type}: data must be an object`);
  if (entry.key !== undefined && (typeof entry.key !== 'string' || entry.key.length < 1 || entry.key.length > 200)) {
    throw new Error(`live entry ${entry.type}: key must be 1 to 200 characters`);
  }
}

export function isUuid(value: string): boolean {
  return UUID.test(value);
}
