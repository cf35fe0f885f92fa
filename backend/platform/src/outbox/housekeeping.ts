import type { EntityManager } from '@mikro-orm/postgresql';

export interface Retention {
  /** Published outbox rows are kept this long (replays, investigations), then deleted. */
  outboxDays: number;
  /** Idempotency markers are kept well beyond any retry or redelivery window. */
  processedEventDays: number;
  /**
   * The PostgreSQL live event log (no Redis) keeps a day: a browser away longer resyncs, and an idempotency key
   * lives as long as its row, beyond the outbox consumer's retries (docs/decisions/0007-live-events.md).
   */
  liveEventHours: number;
}

export const DEFAULT_RETENTION: Retention = { outboxDays: 7, processedEventDays: 30, liveEventHours: 24 };

/** Deletes what the outbox, the consumers and the live event log no longer need; run by the worker now and then. */
export async function pruneOutbox(em: EntityManager, retention: Retention = DEFAULT_RETENTION): Promise<{ outbox: number; processed: number; live: number }> {
  const conn = em.fork().getConnection();
  const outbox = await conn.execute<{ affectedRows?: number }>(`delete from platform.outbox_message where published_at < now() - make_interval(days => ?)`, [retention.outboxDays], 'run');
  const processed = await conn.execute<{ affectedRows?: number }>(`delete from platform.processed_event where processed_at < now() - make_interval(days => ?)`, [retention.processedEventDays], 'run');
  const live = await conn.execute<{ affectedRows?: number }>(`delete from platform.live_event where created_at < now() - make_interval(hours => ?)`, [retention.liveEventHours], 'run');
  return { outbox: outbox.affectedRows ?? 0, processed: processed.affectedRows ?? 0, live: live.affectedRows ?? 0 };
}
