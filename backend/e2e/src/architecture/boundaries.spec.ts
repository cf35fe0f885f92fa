import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';

const ROOT = resolve(__dirname, '../../../..');

/** Lints a would-be source file at a real path of the workspace with the workspace's ESLint config, as CI does. */
function lint(path: string, source: string): string[] {
  const result = spawnSync(resolve(ROOT, 'node_modules/.bin/eslint'), ['--stdin', '--stdin-filename', path, '--format', 'json'], { cwd: ROOT, input: source, encoding: 'utf8' });
  const [report] = JSON.parse(result.stdout) as { messages: { severity: number; ruleId: string; message: string }[] }[];
  return report.messages.filter((m) => m.severity === 2).map((m) => `${m.ruleId}: ${m.message}`);
}

jest.setTimeout(120_000);

describe('the house’s doors are enforced by lint', () => {
  it.each([
    ['a context importing another context', 'backend/contexts/directory/src/application/x.ts', "import { IDENTITY_CONTEXT } from '@preau/identity';\nexport const x = IDENTITY_CONTEXT;", /enforce-module-boundaries/],
    ['a domain importing a framework', 'backend/contexts/directory/src/domain/x.ts', "import { Injectable } from '@nestjs/common';\nexport const x = Injectable;", /no-restricted-imports/],
    ['a domain running contracts code', 'backend/contexts/identity/src/domain/x.ts', "import { DEMO_ACADEMY } from '@preau/contracts';\nexport const x = DEMO_ACADEMY;", /no-restricted-imports/],
    ['an application layer importing the ORM', 'backend/contexts/identity/src/application/x.ts', "import { EntityManager } from '@mikro-orm/postgresql';\nexport const x = EntityManager;", /no-restricted-imports/],
    ['the web app importing server code', 'frontend/web/src/app/x.ts', "import { Bus } from '@preau/platform';\nexport const x = Bus;", /enforce-module-boundaries/],
    ['the web app importing a server package', 'frontend/web/src/app/x.ts', "import { Injectable } from '@nestjs/common';\nexport const x = Injectable;", /enforce-module-boundaries/],
    ['the kernel importing contracts', 'libs/kernel/src/x.ts', "import { ErrorCodes } from '@preau/contracts';\nexport const x = ErrorCodes;", /enforce-module-boundaries/],
    ['the platform importing a context', 'backend/platform/src/x.ts', "import { DIRECTORY_CONTEXT } from '@preau/directory';\nexport const x = DIRECTORY_CONTEXT;", /enforce-module-boundaries/],
    ['production code importing the test doubles', 'backend/contexts/media/src/application/x.ts', "import { FakeBus } from '@preau/platform/testing';\nexport const x = FakeBus;", /no-restricted-imports/],
  ])('fails on %s', (_what, path, source, rule) => {
    expect(lint(path, source).join('\n')).toMatch(rule);
  });

  it.each([
    ['a context using platform, contracts and kernel', 'backend/contexts/directory/src/application/x.ts', "import { Bus } from '@preau/platform';\nimport { ErrorCodes } from '@preau/contracts';\nimport { newId } from '@preau/kernel';\nexport const x = [Bus, ErrorCodes, newId];"],
    ['a domain importing types from contracts', 'backend/contexts/directory/src/domain/x.ts', "import type { Role } from '@preau/contracts';\nexport type X = Role;"],
    ['the web app importing contracts', 'frontend/web/src/app/x.ts', "import { ErrorCodes } from '@preau/contracts';\nexport const x = ErrorCodes;"],
    ['a handler spec using the test doubles', 'backend/contexts/media/src/application/x.spec.ts', "import { FakeBus } from '@preau/platform/testing';\nexport const x = FakeBus;"],
  ])('passes %s', (_what, path, source) => {
    expect(lint(path, source)).toEqual([]);
  });
});
