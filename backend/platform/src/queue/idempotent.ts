import type { EntityManager } from '@mikro-orm/postgresql';

/**
 * Runs `effect` at most once per (consumer, event): the marker row and the effect commit together,
 * so a job delivered twice (retry, stalled worker, relay replay) changes nothing the second time.
 */
export async function onceOnly(em: EntityManager, consumer: string, eventId: string, effect: (tx: EntityManager) => Promise<void>): Promise<boolean> {
  return em.fork().transactional(async (tx) => {
    const rows = await tx
      .getConnection()
      .execute<{ event_id: string }[]>(
        'insert into platform.processed_event (consumer, event_id) values (?, ?) on conflict do nothing returning event_id',
        [consumer, eventId],
        'all',
        tx.getTransactionContext(),
      );
    if (rows.length === 0) return false;
    await effect(tx);
    return true;
  });
}
