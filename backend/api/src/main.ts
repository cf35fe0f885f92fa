import 'reflect-metadata';
import {
  Bus,
  loadConfigOrExit,
  migrate,
  migrationHistory,
  PLATFORM_MIGRATIONS,
  startEmbeddedPostgres,
} from '@preau/platform';
import { type ChildProcess, fork } from 'node:child_process';
import { join } from 'node:path';
import { CONTEXTS } from './app/contexts';
import { createApp } from './app/create-app';
import { createAcademyAdmin } from './cli/create-academy-admin';
import { seedDemoAcademy } from './demo/seed-demo-academy';

const say = (line: string) => process.stdout.write(`${JSON.stringify({ level: 30, time: Date.now(), msg: line })}\n`);

/**
 * The API process. `--with-worker` (what `npm start` runs) also supervises a worker process, so that
 * one command runs the whole of Préau; in production the worker runs as its own service.
 */
async function main(): Promise<void> {
  const config = loadConfigOrExit();
  const stops: (() => Promise<unknown>)[] = [];
  if (config.mode.database === 'embedded') {
    const embedded = await startEmbeddedPostgres({ dataDir: config.dataDir, port: config.embeddedPgPort, log: say });
    config.databaseUrl = embedded.url;
    stops.push(() => embedded.stop());
  }
  await migrate(config.databaseUrl as string, migrationHistory(PLATFORM_MIGRATIONS, CONTEXTS));
  const app = await createApp(config);
  stops.unshift(() => app.close());

  if (process.argv[2] === 'create-academy-admin') {
    const { login, password } = await createAcademyAdmin(app.get(Bus), process.argv.slice(3));
    process.stdout.write(
      `Academy administrator created. Login: ${login} — one-time password: ${password} (change it at first login)\n`,
    );
    for (const stop of stops) await stop().catch(() => undefined);
    process.exit(0);
  }

  if (config.demo.load) {
    const loaded = await seedDemoAcademy(app.get(Bus));
    if (loaded) say('Demo academy loaded (password of every demo account: preau-demo-2026)');
  } else if (config.demo.refusedReason) {
    say(`Demo academy not loaded: ${config.demo.refusedReason}`);
  }

  let worker: ChildProcess | null = null;
  let stopping = false;
  if (process.argv.includes('--with-worker')) {
    const start = () => {
      worker = fork(join(__dirname, '../worker/main.js'), [], {
        env: { ...process.env, DATABASE_URL: config.databaseUrl },
        stdio: 'inherit',
      });
      worker.on('exit', (code) => {
        if (!stopping) {
          say(`Worker exited (${code}); restarting it in 2 s`);
          setTimeout(start, 2000).unref();
        }
      });
    };
    start();
    stops.unshift(async () => {
      const w = worker as ChildProcess | null;
      if (w && w.exitCode === null) {
        const exited = new Promise((r) => w.once('exit', r));
        w.kill('SIGTERM');
        await exited;
      }
    });
  }

  await app.listen(config.port, config.host);
  say(
    `Préau is running on http://localhost:${config.port} — database: ${config.mode.database === 'embedded' ? `embedded PostgreSQL under ${config.dataDir}` : 'PostgreSQL at DATABASE_URL'}; ` +
      `queues: ${config.mode.queue === 'redis' ? 'BullMQ on Redis' : 'BullMQ on PostgreSQL (no Redis)'}; ` +
      `rate limits: ${config.redisUrl ? 'Redis (shared by every API process)' : 'in this process (single-process mode)'}; live events: ${config.redisUrl ? 'Redis stream' : 'PostgreSQL table'}`,
  );

  const shutdown = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    say(`${signal}: stopping`);
    for (const stop of stops) await stop().catch(() => undefined);
    process.exit(0);
  };
  process.on('SIGINT', () => void shutdown('SIGINT'));
  process.on('SIGTERM', () => void shutdown('SIGTERM'));
}

main().catch((error) => {
  process.stderr.write(`Préau cannot start: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
