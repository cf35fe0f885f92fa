import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';

const ROOT = resolve(__dirname, '../../../..');
const CONTEXTS = readdirSync(join(ROOT, 'backend/contexts'), { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name);

/**
 * Where a source names a context's tables or events: `<context>.<name>` in a string or SQL (`media.usage`,
 * 'publication.article-published'), or an import of the context itself. Comments are left out: they may say why.
 */
function contextNamesIn(source: string): string[] {
  const code = source.replace(/\/\*[\s\S]*?\*\//g, '').replace(/^\s*\/\/.*$/gm, '');
  return CONTEXTS.flatMap((context) => {
    const pattern = new RegExp(`(?:['"\`\\s(,]|^)(${context}\\.[a-z_][a-z0-9_-]*|@preau/${context}\\b)`, 'gm');
    return [...code.matchAll(pattern)].map((m) => m[1]);
  });
}

function* platformSources(dir: string): Generator<string> {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    // Tests and test doubles may stand in for a context; the platform's code may not name one.
    if (entry.isDirectory()) {
      if (entry.name !== 'testing' && entry.name !== 'testing-support') yield* platformSources(path);
    } else if (entry.name.endsWith('.ts') && !entry.name.endsWith('.spec.ts')) yield path;
  }
}

describe('the platform names no context', () => {
  it('knows the contexts it checks for', () => {
    expect(CONTEXTS).toEqual(expect.arrayContaining(['identity', 'directory', 'media', 'publication', 'messaging']));
  });

  it.each([
    ['a context table in SQL', "await sql('alter table media.usage add column x int');", ['media.usage']],
    ['a context event name', "const AUDITED = ['messaging.message-approved'];", ['messaging.message-approved']],
    ['an import of a context', "import { X } from '@preau/publication';", ['@preau/publication']],
  ])('the check finds %s', (_what, source, found) => {
    expect(contextNamesIn(source)).toEqual(found);
  });

  it('leaves configuration words and comments alone', () => {
    expect(contextNamesIn("// media.usage is the media context's\nconst lock = config.media.jobLockMs;")).toEqual([]);
  });

  it('finds no context table, event or import in the platform’s code', () => {
    const found = [...platformSources(join(ROOT, 'backend/platform/src'))].flatMap((file) =>
      contextNamesIn(readFileSync(file, 'utf8')).map((name) => `${relative(ROOT, file)}: ${name}`),
    );
    expect(found).toEqual([]);
  });
});
