import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';

const ROOT = resolve(__dirname, '../../../..');
const WEB = resolve(ROOT, 'frontend/web');

type Case = [what: string, path: string, source: string];

/**
 * Lints would-be files of the web app (paths relative to frontend/web) with the web app's ESLint config, as CI
 * does: one process loads the config once for every case (each load takes seconds). Errors only, per case.
 */
function lintAll(cases: Case[]): Map<string, string[]> {
  const script = `
    const { ESLint } = require('eslint');
    let input = '';
    process.stdin.on('data', (chunk) => (input += chunk)).on('end', async () => {
      const eslint = new ESLint({ cwd: process.cwd() });
      const out = [];
      for (const [, path, source] of JSON.parse(input)) {
        const [report] = await eslint.lintText(source, { filePath: path });
        out.push(report.messages.filter((m) => m.severity === 2).map((m) => m.ruleId + ': ' + m.message));
      }
      process.stdout.write(JSON.stringify(out));
    });`;
  const result = spawnSync(process.execPath, ['-e', script], {
    cwd: WEB,
    input: JSON.stringify(cases),
    encoding: 'utf8',
  });
  if (result.status !== 0) throw new Error(result.stderr);
  const errors = JSON.parse(result.stdout) as string[][];
  return new Map(cases.map(([what], i) => [what, errors[i]]));
}

jest.setTimeout(120_000);

describe('the web app’s areas keep to their own doors (lint)', () => {
  const refused: [...Case, RegExp][] = [
    [
      'shared importing an area',
      'src/app/shared/http/x.ts',
      "import { LoginPage } from '../../auth/feature-login/login-page';\nexport const x = LoginPage;",
      /shared\/ serves every area and depends on none/,
    ],
    [
      'shared importing an area’s public surface',
      'src/app/shared/ui/x.ts',
      "import { MessagingBadges } from '../../messaging';\nexport const x = MessagingBadges;",
      /shared\/ serves every area and depends on none/,
    ],
    [
      'an area reaching into another’s internals',
      'src/app/blog/ui/x.ts',
      "import { MediaApi } from '../../media/data-access/media-api';\nexport const x = MediaApi;",
      /The internals of media\/ are its own/,
    ],
    [
      'an area using another it has no reason to',
      'src/app/media/ui/x.ts',
      "import { MessagingBadges } from '../../messaging';\nexport const x = MessagingBadges;",
      /media\/ does not depend on messaging\//,
    ],
    [
      'production code using another area’s test data',
      'src/app/blog/ui/x.ts',
      "import { mediaItem } from '../../media/testing';\nexport const x = mediaItem;",
      /Test data is for specs only/,
    ],
    [
      'a spec reaching into another area’s test data file',
      'src/app/blog/ui/x.spec.ts',
      "import { mediaItem } from '../../media/data-access/media-test-data';\nexport const x = mediaItem;",
      /The internals of media\/ are its own/,
    ],
    [
      'the test harness importing the app',
      'src/testing/x.ts',
      "import { SessionStore } from '../app/shared/session/session-store';\nexport const x = SessionStore;",
      /The test harness depends on no area/,
    ],
    [
      'the web app importing the request schemas',
      'src/app/blog/ui/x.ts',
      "import { commentRequestSchema } from '@preau/contracts/schemas';\nexport const x = commentRequestSchema;",
      /Request schemas are the server’s/,
    ],
  ];
  const allowed: Case[] = [
    [
      'an area using its own folders and shared',
      'src/app/blog/ui/x.ts',
      "import { BlogApi } from '../data-access/blog-api';\nimport { API } from '../../shared/http/api';\nexport const x = [BlogApi, API];",
    ],
    [
      'an area using another’s public surface, with a reason',
      'src/app/messaging/ui/x.ts',
      "import { MediaPicker } from '../../media';\nimport { ClassContext } from '../../classes';\nexport const x = [MediaPicker, ClassContext];",
    ],
    [
      'a spec using another area’s test data',
      'src/app/blog/ui/x.spec.ts',
      "import { mediaItem } from '../../media/testing';\nexport const x = mediaItem;",
    ],
    [
      'shared using shared and the contracts',
      'src/app/shared/ui/x.ts',
      "import { API } from '../http/api';\nimport { ErrorCodes } from '@preau/contracts';\nexport const x = [API, ErrorCodes];",
    ],
    [
      'the composition root using any area',
      'src/app/x.ts',
      "import { LoginPage } from './auth/feature-login/login-page';\nexport const x = LoginPage;",
    ],
  ];
  let errors: Map<string, string[]>;

  beforeAll(() => {
    errors = lintAll([...refused.map(([what, path, source]): Case => [what, path, source]), ...allowed]);
  });

  it.each(refused)('fails on %s', (what, _path, _source, rule) => {
    expect(errors.get(what)?.join('\n')).toMatch(rule);
  });

  it.each(allowed)('passes %s', (what) => {
    expect(errors.get(what)).toEqual([]);
  });
});
