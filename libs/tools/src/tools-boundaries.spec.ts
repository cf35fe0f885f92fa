import { workspaceRoot } from '@nx/devkit';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

/** Lints a would-be file at a real path of the workspace with the workspace's ESLint config, as CI does. */
function lint(path: string, source: string): string[] {
  const result = spawnSync(
    process.execPath,
    [join(workspaceRoot, 'node_modules/eslint/bin/eslint.js'), '--stdin', '--stdin-filename', path, '--format', 'json'],
    {
      cwd: workspaceRoot,
      input: source,
      encoding: 'utf8',
      env: { ...process.env, NX_DAEMON: 'false' },
    },
  );
  const [report] = JSON.parse(result.stdout) as { messages: { severity: number; ruleId: string; message: string }[] }[];
  return report.messages.filter((m) => m.severity === 2).map((m) => `${m.ruleId}: ${m.message}`);
}

jest.setTimeout(180_000);

describe('the tools stay outside the house (type:tools)', () => {
  it.each([
    ['the platform', "import { Bus } from '@preau/platform';\nexport const x = Bus;"],
    ['the contracts', "import { ErrorCodes } from '@preau/contracts';\nexport const x = ErrorCodes;"],
    ['a context', "import { IDENTITY_CONTEXT } from '@preau/identity';\nexport const x = IDENTITY_CONTEXT;"],
  ])('may not import %s', (_what, source) => {
    expect(lint('libs/tools/src/generators/x.ts', source).join('\n')).toMatch(/enforce-module-boundaries/);
  });

  it('may not be imported by a context', () => {
    const source = "import { contextGenerator } from '@preau/tools';\nexport const x = contextGenerator;";
    expect(lint('backend/contexts/identity/src/infrastructure/x.ts', source).join('\n')).toMatch(
      /enforce-module-boundaries/,
    );
  });

  it('may use @nx/devkit', () => {
    expect(
      lint('libs/tools/src/generators/x.ts', "import { names } from '@nx/devkit';\nexport const x = names;"),
    ).toEqual([]);
  });
});
