import type { EntityManager } from '@mikro-orm/postgresql';
import type { IntegrationEvent } from '@preau/contracts';
import type { Queue } from 'bullmq';

interface OutboxRow {
  id: string;
  type: string;
  version: number;
  payload: Record<string, unknown>;
  actor_id: string | null;
  origin: string | null;
  occurred_at: Date;
}

/**
 * Moves committed outbox rows to the integration-events queue. The job id is the event id, so a row
 * relayed twice (crash between enqueue and commit) is deduplicated by BullMQ, and consumers are
 * idempotent anyway. Several workers may relay at once: rows are claimed with SKIP LOCKED.
 */
export class OutboxRelay {
  constructor(
    private readonly em: EntityManager,
    private readonly queue: Queue,
    private readonly batchSize = 100,
  ) {}

  async relayOnce(): Promise<number> {
    return this.em.fork().transactional(async (tx) => {
      const ctx = tx.getTransactionContext();
      const rows = await tx.getConnection().execute<OutboxRow[]>(
        `select id, type, version, payload, actor_id, origin, occurred_at from platform.outbox_message
           where published_at is null order by occurred_at limit ? for update skip locked`,
        [this.batchSize],
        'all',
        ctx,
      );
      if (rows.length === 0) return 0;
      await this.queue.addBulk(
        rows.map((row) => ({
          name: row.type,
          data: {
            id: row.id,
            type: row.type,
            version: row.version,
            occurredAt: new Date(row.occurred_at).toISOString(),
            actorId: row.actor_id,
            origin: row.origin,
            payload: row.payload,
          } satisfies IntegrationEvent,
          opts: {
            jobId: row.id,
            attempts: 8,
            backoff: { type: 'exponential', delay: 1000 },
            removeOnComplete: 10_000,
            removeOnFail: false,
          },
        })),
      );
      await tx
        .getConnection()
        .execute(
          'update platform.outbox_message set published_at = now() where id = any(?::uuid[])',
          [`{${rows.map((r) => r.id).join(',')}}`],
          'run',
          ctx,
        );
      return rows.length;
    });
  }
}
