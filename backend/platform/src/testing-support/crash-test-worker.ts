/**
 * A worker process for the crash test (queue/worker-crash.integration.spec.ts), run with
 * `node -r @swc-node/register`. Relative imports only: it runs from source, without tsconfig paths.
 * Each job records that it started, works for PREAU_CRASH_WORK_MS, then applies its effect through
 * `onceOnly`, so a job run again after a crash changes nothing twice.
 */
import { MikroORM } from '@mikro-orm/postgresql';
import type { QueueMode } from '../config/config';
import { ormOptions } from '../database/orm-options';
import { onceOnly } from '../queue/idempotent';
import { Queues } from '../queue/queues';

const env = (name: string): string => {
  const value = process.env[name];
  if (!value) throw new Error(`${name} is required`);
  return value;
};

async function main(): Promise<void> {
  const label = env('PREAU_CRASH_WORKER');
  const databaseUrl = env('PREAU_CRASH_DATABASE_URL');
  const mode = env('PREAU_CRASH_QUEUE_MODE') as QueueMode;
  const lockMs = Number(env('PREAU_CRASH_LOCK_MS'));
  const workMs = Number(env('PREAU_CRASH_WORK_MS'));
  const orm = await MikroORM.init(ormOptions(databaseUrl, { entities: [] }));
  const queues =
    mode === 'redis'
      ? new Queues({ mode, redisUrl: env('PREAU_CRASH_REDIS_URL'), prefix: env('PREAU_CRASH_REDIS_PREFIX') })
      : new Queues({ mode, databaseUrl });
  const worker = queues.worker(
    env('PREAU_CRASH_QUEUE'),
    async (job) => {
      const eventId = (job.data as { eventId: string }).eventId;
      await orm.em.fork().getConnection().execute('insert into crash_test.job_start (event_id, worker) values (?, ?)', [eventId, label], 'run');
      await new Promise((resolve) => setTimeout(resolve, workMs));
      return onceOnly(orm.em, 'crash-test', eventId, async (tx) => {
        await tx
          .getConnection()
          .execute('insert into crash_test.effect (event_id, worker) values (?, ?)', [eventId, label], 'run', tx.getTransactionContext());
      });
    },
    { concurrency: 1, lockDuration: lockMs, stalledInterval: lockMs, maxStalledCount: 1 },
  );
  worker.on('error', (error) => process.stderr.write(`worker ${label}: ${error.message}\n`));
  await worker.waitUntilReady();
  process.stdout.write(`worker ${label} ready\n`);

  const stop = async () => {
    await queues.close();
    await orm.close(true);
    process.exit(0);
  };
  process.on('SIGTERM', () => void stop());
}

main().catch((error) => {
  process.stderr.write(`crash-test worker: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});
