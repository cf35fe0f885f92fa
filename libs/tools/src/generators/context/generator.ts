import { formatFiles, generateFiles, names, readJson, type Tree, updateJson } from '@nx/devkit';
import { join } from 'node:path';
import { addImport, appendToArray, editKeepingStyle, KEBAB_CASE } from '../edits';

export interface ContextGeneratorSchema {
  name: string;
  skipFormat?: boolean;
}

/** The process lists of descriptors that every context joins (decision 0009). */
export const DESCRIPTOR_LISTS = ['backend/api/src/app/contexts.ts', 'backend/worker/src/app/contexts.ts'];

/**
 * `nx g @preau/tools:context NAME`: a bounded context in the shape of decision 0009, and the few lines a new context
 * touches outside its folder (its contracts folder and export, its path alias, one line in each descriptor list).
 */
export async function contextGenerator(tree: Tree, options: ContextGeneratorSchema): Promise<void> {
  const name = options.name;
  if (!KEBAB_CASE.test(name)) throw new Error(`"${name}": a context is named in kebab case (school-life)`);
  const root = `backend/contexts/${name}`;
  if (tree.exists(root)) throw new Error(`${root} exists already: the context "${name}" is there`);
  if (tree.exists(`libs/contracts/src/${name}`)) throw new Error(`libs/contracts/src/${name} exists already`);
  const alias = `@preau/${name}`;
  if (readJson(tree, 'tsconfig.base.json').compilerOptions?.paths?.[alias])
    throw new Error(`tsconfig.base.json already maps ${alias}`);
  const { className, constantName } = names(name);

  generateFiles(tree, join(__dirname, 'files'), '.', { name, className, constantName, tmpl: '' });
  // Only the new files so far: the edits below keep the style of the files they touch.
  if (!options.skipFormat) await formatFiles(tree);
  const format = !options.skipFormat;

  await editKeepingStyle(
    tree,
    'libs/contracts/src/index.ts',
    (source) => `${source.trimEnd()}\nexport * from './${name}';\n`,
    format,
  );

  for (const list of DESCRIPTOR_LISTS) {
    await editKeepingStyle(
      tree,
      list,
      (source) =>
        appendToArray(
          addImport(source, `import { ${constantName}_CONTEXT } from '${alias}';`),
          /CONTEXTS\s*:[^=]*=\s*\[/,
          `${constantName}_CONTEXT`,
          list,
        ),
      format,
    );
  }

  updateJson(tree, 'tsconfig.base.json', (json) => {
    const paths = (json.compilerOptions.paths ??= {});
    paths[alias] = [`./${root}/src/index.ts`];
    return json;
  });
}

export default contextGenerator;
