import { Logger } from '@nestjs/common';
import type IORedis from 'ioredis';
import type { LiveEntry, LiveEvent, LiveLog, StoredLiveEntry } from './live-log';

export interface RedisLiveLogOptions {
  /** Namespace of the keys (PREAU_REDIS_PREFIX). */
  prefix: string;
  /** The stream is trimmed (approximately) to this many entries, all people together. */
  maxLength: number;
  /** How long an idempotency key is remembered. */
  keySeconds?: number;
  /** How long one XREAD waits before asking again (and noticing a shutdown without a disconnect). */
  blockMs?: number;
}

/**
 * Per entry, atomically: remember the key (SET NX EX) and XADD, or skip when the key is known.
 * KEYS[1] the stream, KEYS[2..] the keys; ARGV: max length, key TTL, then per entry person, type, data, key index (0: none).
 */
const APPEND_SCRIPT = `
local n = (#ARGV - 2) / 4
local ids = {}
for i = 1, n do
  local at = 2 + (i - 1) * 4
  local keyIndex = tonumber(ARGV[at + 4])
  if keyIndex == 0 or redis.call('SET', KEYS[keyIndex], '1', 'NX', 'EX', ARGV[2]) then
    ids[i] = redis.call('XADD', KEYS[1], 'MAXLEN', '~', ARGV[1], '*', 'p', ARGV[at + 1], 't', ARGV[at + 2], 'd', ARGV[at + 3])
  else
    ids[i] = false
  end
end
return ids
`;
const APPEND_COMMAND = 'preauLiveAppend';
/** Entries per script call: a broadcast to a whole school stays a handful of calls, each short for Redis. */
const APPEND_CHUNK = 500;
/** Stream entries read per XRANGE/XREAD while scanning. */
const SCAN_BATCH = 1000;
const STREAM_ID = /^(\d{1,15})-(\d{1,19})$/;

type StreamRow = [id: string, fields: string[]];
type AppendCommand = (numKeys: number, ...args: (string | number)[]) => Promise<(string | null)[]>;

function parse([id, fields]: StreamRow): StoredLiveEntry {
  const value: Record<string, string> = {};
  for (let i = 0; i + 1 < fields.length; i += 2) value[fields[i]] = fields[i + 1];
  return { id, personId: value['p'], type: value['t'], data: JSON.parse(value['d'] ?? '{}') as Record<string, unknown> };
}

/**
 * One global Redis stream (`<prefix>:live`) for every person: XADD with MAXLEN ~, the idempotency keys beside it,
 * and one XREAD loop per process on its own connection (a blocking read holds its connection). Entry ids are the
 * stream's ids (`<ms>-<n>`).
 */
export class RedisLiveLog implements LiveLog {
  private readonly logger = new Logger('LiveEvents');
  private readonly stream: string;
  private readonly keyPrefix: string;
  private blocking: IORedis | null = null;
  private loop: Promise<void> | null = null;
  private stopped = false;

  constructor(
    private readonly redis: IORedis,
    private readonly options: RedisLiveLogOptions,
  ) {
    this.stream = `${options.prefix}:live`;
    this.keyPrefix = `${options.prefix}:live:key:`;
    if (!(APPEND_COMMAND in redis)) redis.defineCommand(APPEND_COMMAND, { lua: APPEND_SCRIPT });
  }

  async append(entries: LiveEntry[]): Promise<void> {
    const command = (this.redis as unknown as Record<string, AppendCommand>)[APPEND_COMMAND].bind(this.redis);
    for (let start = 0; start < entries.length; start += APPEND_CHUNK) {
      const chunk = entries.slice(start, start + APPEND_CHUNK);
      const keys = [this.stream];
      const args: (string | number)[] = [this.options.maxLength, this.options.keySeconds ?? 86_400];
      for (const entry of chunk) {
        let keyIndex = 0;
        if (entry.key !== undefined) keyIndex = keys.push(this.keyPrefix + entry.key);
        args.push(entry.personId, entry.type, JSON.stringify(entry.data), keyIndex);
      }
      await command(keys.length, ...keys, ...args);
    }
  }

  order(id: string): bigint | null {
    const match = STREAM_ID.exec(id);
    if (!match) return null;
    const ms = BigInt(match[1]);
    const n = BigInt(match[2]);
    return n < 1n << 64n ? (ms << 64n) | n : null;
  }

  async resumeFrom(lastEventId: string | null): Promise<{ after: string; resync: boolean }> {
    const info = await this.info();
    const end = info.lastGenerated;
    if (lastEventId === null) return { after: end, resync: false };
    const position = this.order(lastEventId);
    const endPosition = this.order(end) as bigint;
    if (position === null || position > endPosition) return { after: end, resync: true };
    // Trimmed: the oldest entries are gone; whoever stopped before the first one left may have missed some.
    const trimmed = info.entriesAdded === null ? info.firstEntry !== null : info.entriesAdded > info.length;
    // (An emptied stream keeps nothing after its end: resuming from the end itself loses nothing.)
    const firstKept = info.firstEntry !== null ? (this.order(info.firstEntry) as bigint) : endPosition;
    // XDEL (never used here, but an operator may) is recorded as the largest deleted id.
    const deleted = info.maxDeleted !== null ? (this.order(info.maxDeleted) ?? 0n) : 0n;
    if ((trimmed && position < firstKept) || position < deleted) return { after: end, resync: true };
    return { after: lastEventId, resync: false };
  }

  async readAfter(personId: string, after: string, limit: number): Promise<LiveEvent[]> {
    const events: LiveEvent[] = [];
    let cursor = after;
    for (;;) {
      const rows = (await this.redis.xrange(this.stream, `(${cursor}`, '+', 'COUNT', SCAN_BATCH)) as StreamRow[];
      for (const row of rows) {
        const entry = parse(row);
        if (entry.personId !== personId) continue;
        events.push({ id: entry.id, type: entry.type, data: entry.data });
        if (events.length >= limit) return events;
      }
      if (rows.length < SCAN_BATCH) return events;
      cursor = rows[rows.length - 1][0];
    }
  }

  async follow(onEntries: (entries: StoredLiveEntry[]) => void): Promise<void> {
    if (this.loop) throw new Error('the live log is already followed');
    const cursor = (await this.info()).lastGenerated;
    if (this.stopped) return;
    // A blocking XREAD holds its connection: this one is the loop's alone. It waits for Redis to come back.
    const blocking = this.redis.duplicate({ maxRetriesPerRequest: null, enableOfflineQueue: true });
    this.blocking = blocking;
    this.loop = this.run(blocking, cursor, onEntries);
  }

  async close(): Promise<void> {
    this.stopped = true;
    // Disconnecting rejects the pending XREAD at once.
    this.blocking?.disconnect();
    await this.loop;
    this.blocking = null;
  }

  private async run(blocking: IORedis, from: string, onEntries: (entries: StoredLiveEntry[]) => void): Promise<void> {
    let cursor = from;
    while (!this.stopped) {
      try {
        const reply = (await blocking.xread('COUNT', SCAN_BATCH, 'BLOCK', this.options.blockMs ?? 5000, 'STREAMS', this.stream, cursor)) as [string, StreamRow[]][] | null;
        const rows = reply?.[0]?.[1] ?? [];
        if (rows.length === 0) continue;
        cursor = rows[rows.length - 1][0];
        onEntries(rows.map(parse));
      } catch (error) {
        if (this.stopped) break;
        this.logger.warn(`reading the live stream failed, retrying in 1 s: ${(error as Error).message}`);
        await new Promise((resolve) => setTimeout(resolve, 1000));
      }
    }
  }

  private async info(): Promise<{ lastGenerated: string; length: number; entriesAdded: number | null; firstEntry: string | null; maxDeleted: string | null }> {
    let raw: unknown[];
    try {
      raw = (await this.redis.xinfo('STREAM', this.stream)) as unknown[];
    } catch (error) {
      if (/no such key/i.test((error as Error).message)) return { lastGenerated: '0-0', length: 0, entriesAdded: 0, firstEntry: null, maxDeleted: null };
      throw error;
    }
    const fields = new Map<string, unknown>();
    for (let i = 0; i + 1 < raw.length; i += 2) fields.set(String(raw[i]), raw[i + 1]);
    const first = fields.get('first-entry') as StreamRow | null | undefined;
    return {
      lastGenerated: String(fields.get('last-generated-id') ?? '0-0'),
      length: Number(fields.get('length') ?? 0),
      // Redis 7 counts every entry ever added; older servers do not (then any first entry counts as a trim).
      entriesAdded: fields.has('entries-added') ? Number(fields.get('entries-added')) : null,
      firstEntry: first ? first[0] : null,
      maxDeleted: fields.has('max-deleted-entry-id') ? String(fields.get('max-deleted-entry-id')) : null,
    };
  }
}
