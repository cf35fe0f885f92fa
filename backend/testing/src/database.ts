import { Client } from 'pg';

/** The PostgreSQL server tests use: the machine's (CI starts it), reached as an admin to create databases. */
export const TEST_ADMIN_DATABASE_URL = process.env['PREAU_TEST_ADMIN_DATABASE_URL'] ?? 'postgres://postgres@127.0.0.1:5432/postgres';
export const TEST_REDIS_URL = process.env['PREAU_TEST_REDIS_URL'] ?? 'redis://127.0.0.1:6379';

/**
 * A fresh, empty database for one test file (named after it and the jest worker, so that files run in
 * parallel never share one). Returns its URL; the caller applies migrations (or the API does at start).
 */
export async function createTestDatabase(name: string): Promise<string> {
  const worker = process.env['JEST_WORKER_ID'] ?? '0';
  // PREAU_TEST_RUN sets runs apart that share one PostgreSQL server (two checkouts testing at once).
  const run = (process.env['PREAU_TEST_RUN'] ?? '').toLowerCase().replace(/[^a-z0-9]+/g, '').slice(0, 12);
  const database = `preau_test_${run ? `${run}_` : ''}${name.toLowerCase().replace(/[^a-z0-9]+/g, '_')}`.slice(0, 58) + `_${worker}`;
  const client = new Client({ connectionString: TEST_ADMIN_DATABASE_URL });
  await client.connect();
  try {
    await client.query(`drop database if exists ${database} with (force)`);
    await client.query(`create database ${database}`);
  } finally {
    await client.end();
  }
  const url = new URL(TEST_ADMIN_DATABASE_URL);
  url.pathname = `/${database}`;
  return url.toString();
}

/** A Redis key prefix of one's own, so that test runs never see each other's counters or queues. */
export function uniqueRedisPrefix(name: string): string {
  return `preau-test-${name}-${process.pid}-${Date.now().toString(36)}`;
}
