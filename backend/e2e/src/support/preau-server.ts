import { createTestDatabase, TEST_REDIS_URL, uniqueRedisPrefix } from '@preau/testing';
import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync, mkdtempSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { Client } from 'pg';

const ROOT = resolve(__dirname, '../../../..');
const MAIN = join(ROOT, 'dist/backend/api/main.js');

export interface PreauServer {
  baseUrl: string;
  databaseUrl: string;
  /** The environment the API runs with (a worker started by a test uses the same). */
  env: NodeJS.ProcessEnv;
  sql<T = Record<string, unknown>>(text: string, params?: unknown[]): Promise<T[]>;
  stop(): Promise<void>;
}

function freePort(): Promise<number> {
  return new Promise((ok, fail) => {
    const server = createServer();
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? ok(address.port) : fail(new Error('no port'))));
    });
  });
}

/**
 * The real, built Préau API (as `npm start` runs it), on a fresh database with the demo academy,
 * the machine's Redis under a prefix of its own, and a free port. Tests talk to it over HTTP.
 */
export async function startPreau(name: string, env: Record<string, string> = {}, options: { withWorker?: boolean } = {}): Promise<PreauServer> {
  if (!existsSync(MAIN)) throw new Error(`${MAIN} is missing: build first (npx nx run-many -t build -p api worker)`);
  const databaseUrl = await createTestDatabase(name);
  const port = await freePort();
  const childEnv: NodeJS.ProcessEnv = {
      ...process.env,
      NODE_ENV: 'test',
      PORT: String(port),
      HOST: '127.0.0.1',
      DATABASE_URL: databaseUrl,
      REDIS_URL: TEST_REDIS_URL,
      PREAU_REDIS_PREFIX: uniqueRedisPrefix(name),
      PREAU_DATA_DIR: mkdtempSync(join(tmpdir(), 'preau-e2e-')),
      PREAU_LOG_LEVEL: 'error',
      ...env,
  };
  const child: ChildProcess = spawn(process.execPath, [MAIN, ...(options.withWorker ? ['--with-worker'] : [])], {
    cwd: ROOT,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: childEnv,
  });
  let output = '';
  child.stdout?.on('data', (d) => (output += d));
  child.stderr?.on('data', (d) => (output += d));
  const baseUrl = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`Préau exited (${child.exitCode}):\n${output.slice(-3000)}`);
    const ok = await fetch(`${baseUrl}/api/v1/health`).then((r) => r.ok, () => false);
    if (ok) break;
    if (Date.now() > deadline) {
      child.kill('SIGKILL');
      throw new Error(`Préau did not start within 60 s:\n${output.slice(-3000)}`);
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  const db = new Client({ connectionString: databaseUrl });
  await db.connect();
  return {
    baseUrl,
    databaseUrl,
    env: childEnv,
    sql: async (text, params) => (await db.query(text, params)).rows,
    stop: async () => {
      await db.end();
      if (child.exitCode === null) {
        const exited = new Promise((r) => child.once('exit', r));
        child.kill('SIGTERM');
        await Promise.race([exited, new Promise((r) => setTimeout(r, 10_000))]);
        if (child.exitCode === null) child.kill('SIGKILL');
      }
    },
  };
}

/**
 * Another API process on the same database and Redis (as a load balancer would run several), on its own port;
 * or, given `port`, the same API started again (after a crash). Resolves once it answers its health check.
 */
export async function startApiProcess(server: PreauServer, port?: number): Promise<{ baseUrl: string; process: ChildProcess; stop(signal?: NodeJS.Signals): Promise<void> }> {
  const chosen = port ?? (await freePort());
  const child = spawn(process.execPath, [MAIN], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'], env: { ...server.env, PORT: String(chosen) } });
  let output = '';
  child.stdout?.on('data', (d) => (output += d));
  child.stderr?.on('data', (d) => (output += d));
  const baseUrl = `http://127.0.0.1:${chosen}`;
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`Préau exited (${child.exitCode}):\n${output.slice(-3000)}`);
    if (await fetch(`${baseUrl}/api/v1/health`).then((r) => r.ok, () => false)) break;
    if (Date.now() > deadline) {
      child.kill('SIGKILL');
      throw new Error(`Préau did not start within 60 s:\n${output.slice(-3000)}`);
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  return {
    baseUrl,
    process: child,
    stop: async (signal: NodeJS.Signals = 'SIGTERM') => {
      if (child.exitCode !== null || child.signalCode !== null) return;
      const exited = new Promise((r) => child.once('exit', r));
      child.kill(signal);
      await Promise.race([exited, new Promise((r) => setTimeout(r, 10_000))]);
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
    },
  };
}

/** A worker process of its own (as a separate service would run), on the server's database and Redis. */
export function startWorker(server: PreauServer, env: Record<string, string> = {}): ChildProcess {
  return spawn(process.execPath, [join(ROOT, 'dist/backend/worker/main.js')], { cwd: ROOT, stdio: 'ignore', env: { ...server.env, ...env } });
}
