import { createTestDatabase, TEST_REDIS_URL, uniqueRedisPrefix } from '@preau/testing';
import { execFile } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { ApiClient } from '../support/client';
import { type PreauServer, startPreau } from '../support/preau-server';

const MAIN = resolve(__dirname, '../../../../dist/backend/api/main.js');
let preau: PreauServer | undefined;
afterAll(() => preau?.stop());

it('a production deployment without the demo gets its first academy administrator from the command line', async () => {
  const databaseUrl = await createTestDatabase('first_admin');
  const env = {
    ...process.env,
    NODE_ENV: 'production',
    PREAU_SIGNING_SECRET: 's'.repeat(40),
    DATABASE_URL: databaseUrl,
    REDIS_URL: TEST_REDIS_URL,
    PREAU_REDIS_PREFIX: uniqueRedisPrefix('first-admin'),
    PREAU_DATA_DIR: mkdtempSync(join(tmpdir(), 'preau-first-admin-')),
    PREAU_LOG_LEVEL: 'error',
  };
  const { stdout } = await promisify(execFile)(process.execPath, [MAIN, 'create-academy-admin', '--academy', 'Académie de Lyon', '--login', 'Rectorat.Admin', '--name', 'Claire Dupont'], { env });
  const password = /one-time password: (\S+)/.exec(stdout)?.[1];
  expect(password).toMatch(/^[A-Za-z0-9_-]{16}$/);

  preau = await startPreau('first_admin_server', { NODE_ENV: 'production', PREAU_SIGNING_SECRET: 's'.repeat(40), DATABASE_URL: databaseUrl });
  const admin = new ApiClient(preau.baseUrl);
  expect((await admin.login('lea.ce2a')).status).toBe(401); // no demo in production
  expect((await admin.login('rectorat.admin', password)).status).toBe(200);
  expect((await admin.get('/me')).body).toMatchObject({ role: 'ACADEMY_ADMIN', displayName: 'Claire Dupont' });
}, 90_000);
