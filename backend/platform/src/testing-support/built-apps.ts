import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';

export const REPO_ROOT = resolve(__dirname, '../../../..');
export const BUILT_API = join(REPO_ROOT, 'dist/backend/api/main.js');
export const BUILT_WORKER = join(REPO_ROOT, 'dist/backend/worker/main.js');

/** Source folders the API and worker bundles are built from. */
const SOURCES = ['backend/api/src', 'backend/worker/src', 'backend/platform/src', 'backend/contexts', 'libs'];

function newestSource(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.name === 'node_modules' || entry.name === 'testing-support' || entry.name.startsWith('.')) continue;
    const path = join(dir, entry.name);
    if (entry.isDirectory()) newest = Math.max(newest, newestSource(path));
    else if (/\.(ts|json)$/.test(entry.name) && !/\.spec\.ts$/.test(entry.name)) newest = Math.max(newest, statSync(path).mtimeMs);
  }
  return newest;
}

/**
 * CI runs the tests before the build, and a stale bundle would test yesterday's code: (re)build the
 * API and the worker when a bundle is missing or older than a source file. Throws when the build fails.
 */
export function ensureApiAndWorkerBuilt(): { built: boolean } {
  const sources = Math.max(...SOURCES.map((dir) => newestSource(join(REPO_ROOT, dir))));
  const fresh = [BUILT_API, BUILT_WORKER].every((file) => existsSync(file) && statSync(file).mtimeMs >= sources);
  if (fresh) return { built: false };
  try {
    execFileSync('npx', ['nx', 'run-many', '-t', 'build', '-p', 'api', 'worker', '--outputStyle=static'], {
      cwd: REPO_ROOT,
      env: { ...process.env, NX_DAEMON: 'false', NX_TUI: 'false' },
      stdio: 'pipe',
      timeout: 240_000,
    });
  } catch (error) {
    const output = error as { stdout?: Buffer; stderr?: Buffer; message: string };
    throw new Error(`Building the API and the worker failed: ${output.message}\n${String(output.stdout ?? '').slice(-4000)}\n${String(output.stderr ?? '').slice(-2000)}`);
  }
  return { built: true };
}
