import { workspaceRoot } from '@nx/devkit';
import { execFileSync } from 'node:child_process';
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  realpathSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';

/**
 * The real `nx g` run into a scratch copy of the workspace (its configuration, the shared libraries, empty
 * backend/contexts, node_modules linked), then the checks CI runs on any context: lint with the boundary rules,
 * type-check of code and specs, and the generated handler specs, which must pass, and fail once the access
 * check is removed. The real workspace is never written to.
 */
const COPIED = [
  'package.json',
  'nx.json',
  'tsconfig.base.json',
  'eslint.config.mjs',
  'jest.preset.js',
  '.prettierrc',
  '.ci/jest-count-reporter.js',
  'libs/kernel',
  'libs/contracts',
  'libs/tools',
  'backend/platform',
  'backend/api/src/app/contexts.ts',
  'backend/worker/src/app/contexts.ts',
];
const SKIPPED = new Set(['node_modules', '.nx', 'dist', 'coverage', 'tmp']);
const CONTEXT = 'scratch-room';

// nx, tsc over the platform's types and two jest runs, on a shared machine: minutes, not seconds.
jest.setTimeout(15 * 60_000);

describe('a generated context, in a scratch workspace', () => {
  let scratch: string;

  /** A package's command-line entry, as its package.json names it (Nx moved its own between majors). */
  function bin(pkg: string): string {
    const manifest = JSON.parse(readFileSync(join(scratch, 'node_modules', pkg, 'package.json'), 'utf-8'));
    const entry = typeof manifest.bin === 'string' ? manifest.bin : manifest.bin[pkg === 'typescript' ? 'tsc' : pkg];
    return join(scratch, 'node_modules', pkg, entry);
  }

  function run(pkg: string, args: string[]): string {
    // Nothing of the Nx task this spec runs in (workspace root, target) may reach the scratch's own nx, and the
    // child's jest must not add its counts to this run's summary.
    const inherited = Object.entries(process.env).filter(
      ([key]) => !key.startsWith('NX_') && key !== 'PREAU_TEST_RESULTS',
    );
    const env: NodeJS.ProcessEnv = {
      ...Object.fromEntries(inherited),
      NX_DAEMON: 'false',
      NX_TUI: 'false',
      NX_NO_CLOUD: 'true',
      NX_SKIP_NX_CACHE: 'true',
      CI: 'true',
    };
    try {
      return execFileSync(process.execPath, [bin(pkg), ...args], {
        cwd: scratch,
        env,
        encoding: 'utf-8',
        stdio: 'pipe',
      });
    } catch (error) {
      const { stdout, stderr } = error as { stdout?: string; stderr?: string };
      throw new Error(`${pkg} ${args.join(' ')} failed:\n${stdout ?? ''}\n${stderr ?? ''}`);
    }
  }
  const nx = (...args: string[]) => run('nx', args);

  beforeAll(() => {
    scratch = mkdtempSync(join(tmpdir(), 'preau-generated-context-'));
    for (const path of COPIED) {
      cpSync(join(workspaceRoot, path), join(scratch, path), {
        recursive: true,
        filter: (source) => !SKIPPED.has(basename(source)),
      });
    }
    mkdirSync(join(scratch, 'backend/contexts'), { recursive: true });
    symlinkSync(realpathSync(join(workspaceRoot, 'node_modules')), join(scratch, 'node_modules'), 'dir');

    nx('g', '@preau/tools:context', CONTEXT, '--no-interactive');
    nx(
      'g',
      '@preau/tools:use-case',
      `--context=${CONTEXT}`,
      '--name=pin-notice',
      '--kind=command',
      '--class-scoped',
      '--action=blog.write',
      '--no-interactive',
    );
    nx('g', '@preau/tools:use-case', `--context=${CONTEXT}`, '--name=list-notices', '--kind=query', '--no-interactive');
    // The lint's boundary rule reads the project graph, which must know the new project.
    nx('reset');
    nx('show', 'projects');
  });

  afterAll(() => {
    if (scratch) rmSync(scratch, { recursive: true, force: true });
  });

  it('wrote the context into the scratch copy and nothing into the workspace', () => {
    expect(existsSync(join(scratch, 'backend/contexts', CONTEXT, 'src', `${CONTEXT}.context.ts`))).toBe(true);
    expect(existsSync(join(workspaceRoot, 'backend/contexts', CONTEXT))).toBe(false);
    expect(existsSync(join(workspaceRoot, 'libs/contracts/src', CONTEXT))).toBe(false);
  });

  it('adds its lines to the lists, the contracts index and the aliases, and changes no other line there', () => {
    for (const path of [
      'backend/api/src/app/contexts.ts',
      'backend/worker/src/app/contexts.ts',
      'libs/contracts/src/index.ts',
    ]) {
      const before = readFileSync(join(workspaceRoot, path), 'utf-8').split('\n');
      const after = readFileSync(join(scratch, path), 'utf-8').split('\n');
      expect(after.length).toBe(before.length + (path.startsWith('libs') ? 1 : 2));
      expect(after.filter((line) => !/SCRATCH_ROOM_CONTEXT|'\.\/scratch-room'/.test(line))).toEqual(before);
    }
    const tsconfig = readFileSync(join(scratch, 'tsconfig.base.json'), 'utf-8');
    expect(JSON.parse(tsconfig).compilerOptions.paths['@preau/scratch-room']).toEqual([
      './backend/contexts/scratch-room/src/index.ts',
    ]);
    expect(tsconfig).toBe(`${JSON.stringify(JSON.parse(tsconfig), null, 2)}\n`);
  });

  it('passes the lint, boundary rules included, with no warning', () => {
    const output = run('eslint', ['--max-warnings=0', `backend/contexts/${CONTEXT}`, `libs/contracts/src/${CONTEXT}`]);
    expect(output.trim()).toBe('');
  });

  it.each(['tsconfig.lib.json', 'tsconfig.spec.json'])('type-checks with %s', (config) => {
    expect(run('typescript', ['--noEmit', '-p', `backend/contexts/${CONTEXT}/${config}`])).toBe('');
  });

  it('type-checks the contracts with its events', () => {
    expect(run('typescript', ['--noEmit', '-p', 'libs/contracts/tsconfig.lib.json'])).toBe('');
  });

  it('is formatted as the house formats', () => {
    expect(
      run('prettier', ['--list-different', `backend/contexts/${CONTEXT}/src`, `libs/contracts/src/${CONTEXT}`]).trim(),
    ).toBe('');
  });

  it('passes its generated handler specs, which fail once the handler stops checking access', () => {
    const report = join(scratch, 'jest-results.json');
    const results = (...only: string[]) => {
      try {
        run('jest', [
          '-c',
          `backend/contexts/${CONTEXT}/jest.config.cts`,
          '--ci',
          '--json',
          `--outputFile=${report}`,
          ...only,
        ]);
      } catch {
        // A failing run is read from its report like a passing one.
      }
      return JSON.parse(readFileSync(report, 'utf-8'));
    };

    expect(results()).toMatchObject({ success: true, numTotalTestSuites: 2, numFailedTests: 0, numPassedTests: 6 });

    const handler = join(
      scratch,
      'backend/contexts',
      CONTEXT,
      'src/application/commands/pin-notice/pin-notice.handler.ts',
    );
    writeFileSync(handler, readFileSync(handler, 'utf-8').replace(/await checkClassAction\([^;]*;/, ''));
    // Happy path still passes; FORBIDDEN, NOT_FOUND and MODULE_DISABLED are no longer thrown.
    expect(results('pin-notice')).toMatchObject({ success: false, numPassedTests: 1, numFailedTests: 3 });
  });
});
