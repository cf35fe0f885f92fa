import type { EntityManager } from '@mikro-orm/postgresql';
import { Logger } from '@nestjs/common';
import { Client } from 'pg';
import { sqlBatch, sqlIn } from '../database/sql';
import type { LiveEntry, LiveEvent, LiveLog, StoredLiveEntry } from './live-log';

export interface PostgresLiveLogOptions {
  /** How often the followers look for new rows in case a notification was missed. */
  pollMs?: number;
}

export const LIVE_CHANNEL = 'preau_live';
/**
 * Appenders hold this lock until they commit, so rows become visible in `seq` order: a follower reading
 * `seq > last seen` never steps over a row that commits later with a smaller number.
 */
const APPEND_LOCK = `hashtext('preau:live-events')`;
const SEQ = /^\d{1,18}$/;
const TAIL_BATCH = 1000;

const APPEND_SQL = `with inserted as (
    insert into platform.live_event (person_id, type, data, dedup_key)
    select person_id, type, data, dedup_key
    from unnest(?::uuid[], ?::text[], ?::jsonb[], ?::text[]) with ordinality as e(person_id, type, data, dedup_key, n)
    order by n
    on conflict (dedup_key) do nothing
    returning seq
  )
  select pg_notify('${LIVE_CHANNEL}', max(seq)::text) from inserted having count(*) > 0`;

interface Row {
  id: string;
  person_id?: string;
  type: string;
  data: Record<string, unknown>;
}

/**
 * The live log in PostgreSQL (embedded mode, or no Redis): the table `platform.live_event`, whose `seq` is the
 * entry id; `pg_notify` wakes the followers, which also poll in case a notification was lost (LISTEN connection
 * dropped). Pruned after 24 hours by the worker's housekeeping (`pruneOutbox`).
 */
export class PostgresLiveLog implements LiveLog {
  private readonly logger = new Logger('LiveEvents');
  private listener: Client | null = null;
  private timer: NodeJS.Timeout | null = null;
  private reconnect: NodeJS.Timeout | null = null;
  private cursor = 0n;
  private onEntries: ((entries: StoredLiveEntry[]) => void) | null = null;
  private reading: Promise<void> | null = null;
  private again = false;
  private stopped = false;

  constructor(
    private readonly em: EntityManager,
    private readonly databaseUrl: string,
    private readonly options: PostgresLiveLogOptions = {},
  ) {}

  async append(entries: LiveEntry[]): Promise<void> {
    // A fork: never the caller's transaction (append comes after the change committed).
    await sqlBatch(this.em.fork(), async (q) => {
      await q('begin');
      try {
        await q(`select pg_advisory_xact_lock(${APPEND_LOCK})`);
        await q(APPEND_SQL, [
          entries.map((e) => e.personId),
          entries.map((e) => e.type),
          entries.map((e) => JSON.stringify(e.data)),
          entries.map((e) => e.key ?? null),
        ]);
        await q('commit');
      } catch (error) {
        await q('rollback').catch(() => undefined);
        throw error;
      }
    });
  }

  order(id: string): bigint | null {
    return SEQ.test(id) ? BigInt(id) : null;
  }

  async resumeFrom(lastEventId: string | null): Promise<{ after: string; resync: boolean }> {
    const { last, first } = await sqlBatch(this.em.fork(), async (q) => {
      await q('begin');
      try {
        // Waits for an append in progress: the end given is never before a row still to commit.
        await q(`select pg_advisory_xact_lock_shared(${APPEND_LOCK})`);
        const [row] = await q<{ last: string; first: string | null }>(
          `select (select case when is_called then last_value else 0 end from platform.live_event_seq_seq)::text as last,
                  (select min(seq) from platform.live_event)::text as first`,
        );
        await q('commit');
        return row;
      } catch (error) {
        await q('rollback').catch(() => undefined);
        throw error;
      }
    });
    const end = BigInt(last);
    if (lastEventId === null) return { after: last, resync: false };
    const position = this.order(lastEventId);
    if (position === null || position > end) return { after: last, resync: true };
    // Rows before the oldest one left were pruned (or never committed): whoever stopped before them may have missed some.
    const missed = first === null ? position < end : position < BigInt(first) - 1n;
    return missed ? { after: last, resync: true } : { after: lastEventId, resync: false };
  }

  async readAfter(personId: string, after: string, limit: number): Promise<LiveEvent[]> {
    return sqlIn(this.em.fork())<Row>(
      `select seq::text as id, type, data from platform.live_event where person_id = ? and seq > ? order by seq limit ?`,
      [personId, after, limit],
    );
  }

  async follow(onEntries: (entries: StoredLiveEntry[]) => void): Promise<void> {
    if (this.onEntries) throw new Error('the live log is already followed');
    const [row] = await sqlIn(this.em.fork())<{ last: string }>(`select coalesce(max(seq), 0)::text as last from platform.live_event`);
    this.cursor = BigInt(row.last);
    this.onEntries = onEntries;
    await this.listen().catch((error: Error) => {
      this.logger.warn(`LISTEN ${LIVE_CHANNEL} failed, polling meanwhile: ${error.message}`);
      this.scheduleReconnect();
    });
    this.timer = setInterval(() => this.wake(), this.options.pollMs ?? 1000);
    this.timer.unref();
  }

  async close(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearInterval(this.timer);
    if (this.reconnect) clearTimeout(this.reconnect);
    await this.reading?.catch(() => undefined);
    const listener = this.listener;
    this.listener = null;
    await listener?.end().catch(() => undefined);
  }

  private async listen(): Promise<void> {
    const client = new Client({ connectionString: this.databaseUrl });
    client.on('error', (error) => {
      if (this.stopped || this.listener !== client) return;
      this.logger.warn(`the LISTEN connection failed, reconnecting: ${error.message}`);
      this.listener = null;
      client.end().catch(() => undefined);
      this.scheduleReconnect();
    });
    client.on('notification', () => this.wake());
    await client.connect();
    try {
      await client.query(`listen ${LIVE_CHANNEL}`);
    } catch (error) {
      await client.end().catch(() => undefined);
      throw error;
    }
    if (this.stopped) {
      await client.end().catch(() => undefined);
      return;
    }
    this.listener = client;
    // What was appended while not listening.
    this.wake();
  }

  private scheduleReconnect(): void {
    if (this.stopped || this.reconnect) return;
    this.reconnect = setTimeout(() => {
      this.reconnect = null;
      this.listen().catch(() => this.scheduleReconnect());
    }, 1000);
    this.reconnect.unref();
  }

  /** Reads new rows; a wake-up during a read makes it read again once it is done. */
  private wake(): void {
    if (this.stopped) return;
    if (this.reading) {
      this.again = true;
      return;
    }
    this.reading = this.readNew()
      .catch((error: Error) => this.logger.warn(`reading the live log failed: ${error.message}`))
      .finally(() => {
        this.reading = null;
        if (this.again) {
          this.again = false;
          this.wake();
        }
      });
  }

  private async readNew(): Promise<void> {
    for (;;) {
      const rows = await sqlIn(this.em.fork())<Required<Row>>(
        `select seq::text as id, person_id, type, data from platform.live_event where seq > ? order by seq limit ?`,
        [this.cursor.toString(), TAIL_BATCH],
      );
      if (rows.length === 0 || this.stopped) return;
      this.cursor = BigInt(rows[rows.length - 1].id);
      this.onEntries?.(rows.map((r) => ({ id: r.id, personId: r.person_id, type: r.type, data: r.data })));
      if (rows.length < TAIL_BATCH) return;
    }
  }
}
