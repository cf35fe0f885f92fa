import { MikroORM } from '@mikro-orm/postgresql';
import { newId } from '@preau/kernel';
import { createTestDatabase, TEST_REDIS_URL, uniqueRedisPrefix, waitUntil } from '@preau/testing';
import type { Queue } from 'bullmq';
import { type ChildProcess, spawn } from 'node:child_process';
import { join, resolve } from 'node:path';
import { migrate, ormOptions } from '../database/orm-options';
import { QUEUE_MODES, testQueues } from '../testing-support/test-queues';
import type { Queues } from './queues';

const REPO_ROOT = resolve(__dirname, '../../../..');
const WORKER_SCRIPT = join(__dirname, '../testing-support/crash-test-worker.ts');
const QUEUE = 'crash-test';
/** Lock duration and stalled-check interval of the workers: a dead worker's job is taken back after about two of these. */
const LOCK_MS = 2000;
/** How long a job works before applying its effect: the window in which worker A is killed. */
const WORK_MS = 2500;

jest.setTimeout(30_000);

describe.each(QUEUE_MODES)('a worker killed mid-job (queues on %s)', (mode) => {
  let url: string;
  let orm: MikroORM;
  let queues: Queues;
  let queue: Queue;
  const redisPrefix = uniqueRedisPrefix(`crash-${mode}`);
  const children: ChildProcess[] = [];
  const output: string[] = [];

  beforeAll(async () => {
    url = await createTestDatabase(`worker_crash_${mode}`);
    await migrate(url);
    orm = await MikroORM.init(ormOptions(url, { entities: [] }));
    const connection = orm.em.fork().getConnection();
    await connection.execute('create schema crash_test');
    await connection.execute('create table crash_test.job_start (event_id uuid not null, worker text not null, at timestamptz not null default clock_timestamp())');
    await connection.execute('create table crash_test.effect (event_id uuid not null, worker text not null)');
    queues = testQueues(mode, url, { url: TEST_REDIS_URL, prefix: redisPrefix });
    queue = queues.queue(QUEUE);
    await queue.waitUntilReady();
  });

  afterAll(async () => {
    for (const child of children) if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
    if (mode === 'redis') await queue?.obliterate({ force: true }).catch(() => undefined);
    await queues?.close();
    await orm?.close(true);
  });

  function spawnWorker(label: string): ChildProcess {
    const child = spawn(process.execPath, ['-r', '@swc-node/register', WORKER_SCRIPT], {
      cwd: REPO_ROOT,
      stdio: ['ignore', 'pipe', 'pipe'],
      env: {
        ...process.env,
        SWC_NODE_PROJECT: join(REPO_ROOT, 'backend/platform/tsconfig.lib.json'),
        PREAU_CRASH_WORKER: label,
        PREAU_CRASH_DATABASE_URL: url,
        PREAU_CRASH_QUEUE_MODE: mode,
        PREAU_CRASH_REDIS_URL: TEST_REDIS_URL,
        PREAU_CRASH_REDIS_PREFIX: redisPrefix,
        PREAU_CRASH_QUEUE: QUEUE,
        PREAU_CRASH_LOCK_MS: String(LOCK_MS),
        PREAU_CRASH_WORK_MS: String(WORK_MS),
      },
    });
    child.stdout?.on('data', (chunk: Buffer) => output.push(`[${label}] ${chunk.toString()}`));
    child.stderr?.on('data', (chunk: Buffer) => output.push(`[${label}!] ${chunk.toString()}`));
    children.push(child);
    return child;
  }

  const rows = async (table: 'job_start' | 'effect', eventId: string) =>
    (await orm.em.fork().getConnection().execute<{ worker: string }[]>(`select worker from crash_test.${table} where event_id = ? order by 1`, [eventId])).map(
      (r) => r.worker,
    );
  const exited = (child: ChildProcess) =>
    waitUntil('the killed worker to exit', () => child.exitCode !== null || child.signalCode !== null, { timeoutMs: 5000, intervalMs: 20 });

  it('has its job taken over by another worker and completed exactly once', async () => {
    const eventId = newId();
    await queue.add('crash-test', { eventId }, { jobId: eventId, attempts: 3 });

    const a = spawnWorker('A');
    await waitUntil('worker A to start the job', async () => (await rows('job_start', eventId)).includes('A'), { timeoutMs: 15_000, intervalMs: 50 }).catch(
      (error: Error) => {
        throw new Error(`${error.message}\n${output.join('')}`);
      },
    );
    a.kill('SIGKILL');
    await exited(a);
    expect(a.signalCode).toBe('SIGKILL');
    expect(await rows('effect', eventId)).toEqual([]);

    spawnWorker('B');
    const job = await waitUntil(
      'the job to complete on worker B',
      async () => {
        const found = await queue.getJob(eventId);
        return found && (await found.getState()) === 'completed' ? found : undefined;
      },
      { timeoutMs: 20_000, intervalMs: 100 },
    ).catch((error: Error) => {
      throw new Error(`${error.message}\n${output.join('')}`);
    });

    expect(await rows('job_start', eventId)).toEqual(['A', 'B']);
    expect(await rows('effect', eventId)).toEqual(['B']);
    expect(job.returnvalue).toBe(true);
    expect(await job.getState()).toBe('completed');
  });
});
