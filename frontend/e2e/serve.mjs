// Starts the real Préau (built API + worker + web app) for the browser journeys, on a fresh database
// loaded with the demo academy. Uses the machine's PostgreSQL and Redis (.ci/run starts them).
import { spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';

const admin = process.env.PREAU_TEST_ADMIN_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const database = process.env.PREAU_E2E_DATABASE ?? 'preau_e2e_web';
const client = new pg.Client({ connectionString: admin });
await client.connect();
await client.query(`drop database if exists ${database} with (force)`);
await client.query(`create database ${database}`);
await client.end();

const url = new URL(admin);
url.pathname = `/${database}`;
const child = spawn(process.execPath, ['dist/backend/api/main.js', '--with-worker'], {
  stdio: 'inherit',
  env: {
    ...process.env,
    NODE_ENV: 'test',
    PORT: process.env.PORT ?? '3100',
    DATABASE_URL: url.toString(),
    REDIS_URL: process.env.REDIS_URL ?? 'redis://127.0.0.1:6379',
    PREAU_DATA_DIR: mkdtempSync(join(tmpdir(), 'preau-e2e-')),
    PREAU_LOG_LEVEL: 'warn',
    // The journeys log in many times from one address.
    PREAU_LOGIN_FAILURES_PER_ADDRESS_PER_HOUR: '10000',
  },
});
const stop = () => child.kill('SIGTERM');
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
child.on('exit', (code) => process.exit(code ?? 0));
