import { MikroORM } from '@mikro-orm/postgresql';
import type { IntegrationEvent } from '@preau/contracts';
import { newId } from '@preau/kernel';
import { createTestDatabase, TEST_REDIS_URL, uniqueRedisPrefix, waitUntil } from '@preau/testing';
import type { Job, Queue, Worker } from 'bullmq';
import { AuditConsumer } from '../audit/audit-consumer';
import { AuditEntry, AuditEntrySchema } from '../audit/audit-entry';
import { migrate, ormOptions } from '../database/orm-options';
import { INTEGRATION_EVENTS_QUEUE, type Queues } from '../queue/queues';
import { QUEUE_MODES, testQueues } from '../testing-support/test-queues';
import { OutboxMessage, OutboxMessageSchema } from './outbox-message';
import { OutboxRelay } from './outbox-relay';

jest.setTimeout(30_000);

describe.each(QUEUE_MODES)('outbox relay → queue → audit consumer (queues on %s)', (mode) => {
  let orm: MikroORM;
  let queues: Queues;
  let queue: Queue;
  let worker: Worker;
  let relay: OutboxRelay;
  /** Every job the worker finished, in order, with what the consumer answered (true: applied, false: already done). */
  const completions: { jobId: string; eventId: string; event: IntegrationEvent; result: unknown }[] = [];

  beforeAll(async () => {
    const url = await createTestDatabase(`outbox_relay_${mode}`);
    await migrate(url);
    orm = await MikroORM.init(ormOptions(url, { entities: [OutboxMessageSchema, AuditEntrySchema] }));
    queues = testQueues(mode, url, { url: TEST_REDIS_URL, prefix: uniqueRedisPrefix(`outbox-${mode}`) });
    queue = queues.queue(INTEGRATION_EVENTS_QUEUE);
    // What the contexts' descriptors would say: identity's and directory's events are audited, the blog's are not.
    const consumer = new AuditConsumer(orm.em, (type) => /^(identity|directory)\./.test(type));
    worker = queues.worker(INTEGRATION_EVENTS_QUEUE, async (job: Job<IntegrationEvent>) =>
      consumer.handles(job.data) ? consumer.handle(job.data) : 'not-audited',
    );
    // The listener's result, not job.returnvalue: BullMQ turns a falsy return value into undefined there.
    worker.on('completed', (job: Job<IntegrationEvent>, result: unknown) =>
      completions.push({ jobId: String(job.id), eventId: job.data.id, event: job.data, result }),
    );
    await worker.waitUntilReady();
    relay = new OutboxRelay(orm.em, queue);
  });

  afterAll(async () => {
    if (mode === 'redis') await queue?.obliterate({ force: true }).catch(() => undefined);
    await queues?.close();
    await orm?.close(true);
  });

  async function writeOutbox(...types: string[]): Promise<OutboxMessage[]> {
    const em = orm.em.fork();
    const messages = types.map(
      (type, i) =>
        new OutboxMessage(
          newId(),
          type,
          1,
          { schoolId: newId(), n: i },
          newId(),
          '203.0.113.7',
          new Date(Date.UTC(2026, 10, 28, 8, 0, i)),
        ),
    );
    messages.forEach((m) => em.persist(m));
    await em.flush();
    return messages;
  }

  const completedRuns = (eventId: string) => completions.filter((c) => c.eventId === eventId);
  const waitForRuns = (ids: string[], runs: number) =>
    waitUntil(
      `${ids.length} event(s) processed ${runs} time(s)`,
      () => ids.every((id) => completedRuns(id).length >= runs),
      { timeoutMs: 15_000 },
    );
  const auditEntries = (ids: string[]) =>
    orm.em.fork().find(AuditEntry, { id: { $in: ids } }, { orderBy: { occurredAt: 'asc' } });
  const processedMarkers = async (ids: string[]) =>
    Number(
      (
        await orm.em
          .fork()
          .getConnection()
          .execute<{ n: string }[]>(
            `select count(*) as n from platform.processed_event where event_id = any(?::uuid[])`,
            [`{${ids.join(',')}}`],
          )
      )[0].n,
    );
  const unpublished = async (ids: string[]) =>
    Number(
      (
        await orm.em
          .fork()
          .getConnection()
          .execute<{ n: string }[]>(
            `select count(*) as n from platform.outbox_message where published_at is null and id = any(?::uuid[])`,
            [`{${ids.join(',')}}`],
          )
      )[0].n,
    );
  const queueIdle = () =>
    waitUntil('the queue to be idle', async () => {
      const counts = await queue.getJobCounts('waiting', 'active', 'delayed', 'prioritized');
      return Object.values(counts).every((n) => n === 0);
    });

  it('turns each audited event into exactly one audit entry, and leaves the others out', async () => {
    const [signedIn, enrolled, published] = await writeOutbox(
      'identity.signed-in',
      'directory.pupil-enrolled',
      'publication.article-published',
    );
    const ids = [signedIn.id, enrolled.id, published.id];

    expect(await relay.relayOnce()).toBe(3);
    expect(await unpublished(ids)).toBe(0);
    expect(await relay.relayOnce()).toBe(0);
    await waitForRuns(ids, 1);

    expect(completedRuns(signedIn.id).map((c) => c.result)).toEqual([true]);
    expect(completedRuns(published.id).map((c) => c.result)).toEqual(['not-audited']);
    const entries = await auditEntries(ids);
    expect(entries.map((e) => ({ ...e }))).toEqual(
      [signedIn, enrolled].map((m) => ({
        id: m.id,
        type: m.type,
        actorId: m.actorId,
        origin: '203.0.113.7',
        schoolId: m.payload['schoolId'],
        occurredAt: m.occurredAt,
        details: m.payload,
      })),
    );
    const job = await queue.getJob(signedIn.id);
    expect(await job?.getState()).toBe('completed');
  });

  it('relaying rows again after a crash between enqueue and commit creates no duplicate', async () => {
    const messages = await writeOutbox('identity.password-changed', 'directory.class-created');
    const ids = messages.map((m) => m.id);
    // The relay enqueues, then dies before its transaction commits: the rows stay unpublished.
    const crashing = new OutboxRelay(orm.em, {
      addBulk: async (...args: Parameters<Queue['addBulk']>) => {
        await queue.addBulk(...args);
        throw new Error('crash after enqueue');
      },
    } as unknown as Queue);
    await expect(crashing.relayOnce()).rejects.toThrow('crash after enqueue');
    expect(await unpublished(ids)).toBe(2);
    await waitForRuns(ids, 1);

    // The next relay sends the same rows again (same job ids), and marks them published this time.
    expect(await relay.relayOnce()).toBe(2);
    expect(await unpublished(ids)).toBe(0);
    await queueIdle();

    expect(await auditEntries(ids)).toHaveLength(2);
    expect(await processedMarkers(ids)).toBe(2);
    expect(completedRuns(ids[0]).length + completedRuns(ids[1]).length).toBeLessThanOrEqual(4);
  });

  it('a job delivered twice changes nothing the second time (onceOnly)', async () => {
    const messages = await writeOutbox('identity.account-locked', 'directory.guardian-linked');
    const ids = messages.map((m) => m.id);
    expect(await relay.relayOnce()).toBe(2);
    await waitForRuns(ids, 1);
    expect(await auditEntries(ids)).toHaveLength(2);

    // Once the finished jobs are trimmed, BullMQ no longer deduplicates by job id: a replayed row
    // really runs again, and so does a redelivery under another job id.
    for (const id of ids) await (await queue.getJob(id))?.remove();
    await orm.em
      .fork()
      .getConnection()
      .execute(`update platform.outbox_message set published_at = null where id = any(?::uuid[])`, [
        `{${ids.join(',')}}`,
      ]);
    expect(await relay.relayOnce()).toBe(2);
    await queue.add(messages[0].type, completedRuns(ids[0])[0].event, { jobId: `${ids[0]}-redelivered` });
    await waitUntil(
      'the replayed and redelivered jobs',
      () => completedRuns(ids[0]).length >= 3 && completedRuns(ids[1]).length >= 2,
      {
        timeoutMs: 15_000,
      },
    );

    expect(completedRuns(ids[0]).map((c) => c.result)).toEqual([true, false, false]);
    expect(completedRuns(ids[1]).map((c) => c.result)).toEqual([true, false]);
    expect(await auditEntries(ids)).toHaveLength(2);
    expect(await processedMarkers(ids)).toBe(2);
  });
});
