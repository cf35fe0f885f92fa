import nx from '@nx/eslint-plugin';
import { readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import baseConfig from '../../eslint.config.mjs';

/**
 * The web app's areas are the folders of src/app. `shared` serves them all and knows none of them. An area
 * reaches another only through that area's index.ts (its public surface), and only where this table says
 * why; specs may also use another area's testing.ts (its test data). Anything else is another area's
 * internals. A new area needs no line here until another area has a reason to use it.
 */
const APP = join(dirname(fileURLToPath(import.meta.url)), 'src/app');
const areas = readdirSync(APP, { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name)
  .sort();

export const areaDependencies = {
  // The module tiles' icons: the school page switches the same modules a class shows.
  admin: ['classes'],
  // Articles embed media of the library; the blog's pages belong to a class.
  blog: ['classes', 'media'],
  // The home page shows each class's overview.
  home: ['classes'],
  // A class's library belongs to the class.
  media: ['classes'],
  // Attachments come from the media library; the moderation queue belongs to a class.
  messaging: ['classes', 'media'],
  // The navigation carries the mailbox's unread and held counts.
  shell: ['messaging'],
};

const schemasPath = {
  name: '@preau/contracts/schemas',
  message: 'Request schemas are the server’s; the web app imports @preau/contracts only.',
};
const escape = (text) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The imports a file of `area` may not write (relative paths: the app has no path aliases). */
function forbiddenFrom(area, { spec }) {
  // Every area may use shared/, all of it: it is the app's common ground.
  const others = areas.filter((other) => other !== area && other !== 'shared');
  const allowed = areaDependencies[area] ?? [];
  const publicEntries = spec ? '(?:index|testing)' : 'index';
  return [
    ...others
      .filter((other) => !allowed.includes(other))
      .map((other) => ({
        regex: `^(?:\\.\\./)+${escape(other)}(?:/.*)?$`,
        message:
          area === 'shared'
            ? `shared/ serves every area and depends on none (found ${other}/).`
            : `${area}/ does not depend on ${other}/: if it must, say why in areaDependencies (frontend/web/eslint.config.mjs).`,
      })),
    ...(spec
      ? []
      : allowed.map((other) => ({
          regex: `^(?:\\.\\./)+${escape(other)}/testing$`,
          message: 'Test data is for specs only.',
        }))),
    ...allowed.map((other) => ({
      regex: `^(?:\\.\\./)+${escape(other)}/(?!${publicEntries}$)`,
      message: `The internals of ${other}/ are its own: import its public surface (${other}/index.ts${spec ? ' or, in a spec, testing.ts' : ''}).`,
    })),
  ];
}

/** One block per area and kind of file; a later block would replace, not add to, the rule's options. */
const areaBoundaries = areas.flatMap((area) =>
  [false, true].map((spec) => ({
    files: [spec ? `src/app/${area}/**/*.spec.ts` : `src/app/${area}/**/*.ts`],
    ...(spec ? {} : { ignores: [`src/app/${area}/**/*.spec.ts`] }),
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        { paths: [schemasPath], patterns: forbiddenFrom(area, { spec }) },
      ],
    },
  })),
);

export default [
  ...nx.configs['flat/angular'],
  ...nx.configs['flat/angular-template'],
  ...baseConfig,
  {
    files: ['**/*.ts'],
    rules: {
      '@angular-eslint/directive-selector': [
        'error',
        {
          type: 'attribute',
          prefix: 'preau',
          style: 'camelCase',
        },
      ],
      '@angular-eslint/component-selector': [
        'error',
        {
          type: 'element',
          prefix: 'preau',
          style: 'kebab-case',
        },
      ],
    },
  },
  {
    // The contracts' zod schemas live behind their own entry point, for the server only.
    files: ['src/**/*.ts'],
    rules: {
      '@typescript-eslint/no-restricted-imports': ['error', { paths: [schemasPath] }],
    },
  },
  ...areaBoundaries,
  {
    // The specs' harness serves every area, like shared/.
    files: ['src/testing/**/*.ts'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          paths: [schemasPath],
          patterns: [{ regex: '^(?:\\.\\./)+app/', message: 'The test harness depends on no area of the app.' }],
        },
      ],
    },
  },
  {
    files: ['**/*.html'],
    // Override or add rules here
    rules: {},
  },
];
