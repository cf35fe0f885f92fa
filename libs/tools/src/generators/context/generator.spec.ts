import type { Tree } from '@nx/devkit';
import { text, treeWithPreauFiles } from '../testing-workspace';
import { contextGenerator } from './generator';

describe('context generator', () => {
  let tree: Tree;

  beforeEach(() => {
    tree = treeWithPreauFiles();
  });

  it('writes the folders and files of decision 0009 under backend/contexts/NAME', async () => {
    await contextGenerator(tree, { name: 'school-life', skipFormat: true });

    const root = 'backend/contexts/school-life';
    for (const file of [
      'project.json',
      'eslint.config.mjs',
      'jest.config.cts',
      'tsconfig.json',
      'tsconfig.lib.json',
      'tsconfig.spec.json',
      'README.md',
      'src/index.ts',
      'src/school-life.module.ts',
      'src/school-life.context.ts',
      'src/infrastructure/persistence/migrations/index.ts',
      'src/domain/.gitkeep',
      'src/application/commands/.gitkeep',
      'src/application/queries/.gitkeep',
      'src/application/ports/.gitkeep',
      'src/interface/http/.gitkeep',
      'src/interface/events/.gitkeep',
    ]) {
      expect(tree.exists(`${root}/${file}`)).toBe(true);
    }
    // No template leaks through unrendered.
    expect(
      tree.listChanges().filter((change) => /__name__|__tmpl__|<%/.test(change.path + (change.content ?? ''))),
    ).toEqual([]);
  });

  it('makes it an Nx project tagged with its own scope and type:context, configured like the other contexts', async () => {
    await contextGenerator(tree, { name: 'school-life', skipFormat: true });

    const project = JSON.parse(text(tree, 'backend/contexts/school-life/project.json'));
    expect(project).toMatchObject({
      name: 'school-life',
      sourceRoot: 'backend/contexts/school-life/src',
      projectType: 'library',
      tags: ['scope:school-life', 'type:context'],
    });
    const identity = JSON.parse(text(tree, 'backend/contexts/identity/project.json'));
    expect(project.targets).toEqual(identity.targets);
    expect(text(tree, 'backend/contexts/school-life/jest.config.cts')).toContain("displayName: 'school-life'");
    expect(text(tree, 'backend/contexts/school-life/eslint.config.mjs')).toContain("from '../../../eslint.config.mjs'");
  });

  it('declares the descriptor with its module, its (empty) migrations and its events, and exports only it', async () => {
    await contextGenerator(tree, { name: 'school-life', skipFormat: true });

    const src = 'backend/contexts/school-life/src';
    const descriptor = text(tree, `${src}/school-life.context.ts`);
    expect(descriptor).toContain('export const SCHOOL_LIFE_CONTEXT = defineContext({');
    expect(descriptor).toContain("name: 'school-life'");
    expect(descriptor).toContain('module: SchoolLifeModule');
    expect(descriptor).toContain('migrations: SCHOOL_LIFE_MIGRATIONS');
    expect(descriptor).toContain('events: Object.values(SchoolLifeEvents)');
    expect(text(tree, `${src}/infrastructure/persistence/migrations/index.ts`)).toContain(
      'export const SCHOOL_LIFE_MIGRATIONS: MigrationObject[] = [];',
    );
    expect(text(tree, `${src}/school-life.module.ts`)).toContain('export class SchoolLifeModule {}');
    const door = text(tree, `${src}/index.ts`);
    expect(door.match(/^export .*$/gm)).toEqual(["export { SCHOOL_LIFE_CONTEXT } from './school-life.context';"]);
  });

  it('opens its contracts folder with empty events, exported by the contracts', async () => {
    const before = text(tree, 'libs/contracts/src/index.ts');

    await contextGenerator(tree, { name: 'school-life', skipFormat: true });

    expect(text(tree, 'libs/contracts/src/school-life/events.ts')).toContain(
      'export const SchoolLifeEvents = {} as const',
    );
    expect(text(tree, 'libs/contracts/src/school-life/index.ts')).toContain("export * from './events';");
    expect(text(tree, 'libs/contracts/src/index.ts')).toBe(`${before.trimEnd()}\nexport * from './school-life';\n`);
  });

  it('maps @preau/NAME to its door and keeps the other aliases', async () => {
    const before = JSON.parse(text(tree, 'tsconfig.base.json')).compilerOptions.paths;

    await contextGenerator(tree, { name: 'school-life', skipFormat: true });

    const paths = JSON.parse(text(tree, 'tsconfig.base.json')).compilerOptions.paths;
    expect(paths).toEqual({ ...before, '@preau/school-life': ['./backend/contexts/school-life/src/index.ts'] });
    const written = text(tree, 'tsconfig.base.json');
    expect(written).toBe(`${JSON.stringify(JSON.parse(written), null, 2)}\n`);
  });

  it.each(['backend/api/src/app/contexts.ts', 'backend/worker/src/app/contexts.ts'])(
    'adds one descriptor to %s, after the others',
    async (list) => {
      const before = text(tree, list);

      await contextGenerator(tree, { name: 'school-life', skipFormat: true });

      const after = text(tree, list);
      expect(after).toContain("import { SCHOOL_LIFE_CONTEXT } from '@preau/school-life';");
      const entries = /CONTEXTS[^=]*=\s*\[([^\]]*)\]/
        .exec(after)?.[1]
        .split(',')
        .map((e) => e.trim())
        .filter(Boolean);
      const previous = /CONTEXTS[^=]*=\s*\[([^\]]*)\]/
        .exec(before)?.[1]
        .split(',')
        .map((e) => e.trim())
        .filter(Boolean);
      expect(entries).toEqual([...(previous ?? []), 'SCHOOL_LIFE_CONTEXT']);
      // Two lines added in the file's own layout, nothing else touched.
      expect(after.split('\n').filter((line) => !line.includes('SCHOOL_LIFE_CONTEXT'))).toEqual(before.split('\n'));
      expect(after).toContain('\n  SCHOOL_LIFE_CONTEXT,\n];');
    },
  );

  it('refuses a name that is not kebab case, writing nothing', async () => {
    for (const name of ['SchoolLife', 'school_life', 'school-', '-life', 'école', '../escape']) {
      await expect(contextGenerator(tree, { name, skipFormat: true })).rejects.toThrow('kebab case');
    }
    expect(
      tree
        .listChanges()
        .filter((change) => change.path.startsWith('backend/contexts/') && !change.path.includes('identity')),
    ).toEqual([]);
  });

  it('refuses a context that exists, and a second run of the same name', async () => {
    await expect(contextGenerator(tree, { name: 'identity', skipFormat: true })).rejects.toThrow('exists already');

    await contextGenerator(tree, { name: 'school-life', skipFormat: true });
    await expect(contextGenerator(tree, { name: 'school-life', skipFormat: true })).rejects.toThrow('exists already');
  });

  it('refuses a name whose alias is taken', async () => {
    tree.write(
      'tsconfig.base.json',
      JSON.stringify({ compilerOptions: { paths: { '@preau/notices': ['./elsewhere.ts'] } } }),
    );

    await expect(contextGenerator(tree, { name: 'notices', skipFormat: true })).rejects.toThrow(
      'already maps @preau/notices',
    );
  });

  it('refuses a name whose contracts folder is taken', async () => {
    tree.write('libs/contracts/src/notices/index.ts', 'export {};\n');

    await expect(contextGenerator(tree, { name: 'notices', skipFormat: true })).rejects.toThrow(
      'libs/contracts/src/notices exists already',
    );
    expect(tree.exists('backend/contexts/notices')).toBe(false);
  });
});
