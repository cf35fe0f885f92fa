import { formatFiles, generateFiles, names, type Tree, updateJson } from '@nx/devkit';
import { join } from 'node:path';
import { addImport, appendToArray, KEBAB_CASE, readText } from '../edits';

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
  const { className, constantName } = names(name);

  generateFiles(tree, join(__dirname, 'files'), '.', { name, className, constantName, tmpl: '' });

  const contracts = 'libs/contracts/src/index.ts';
  tree.write(contracts, `${readText(tree, contracts).trimEnd()}\nexport * from './${name}';\n`);

  updateJson(tree, 'tsconfig.base.json', (json) => {
    const paths = (json.compilerOptions.paths ??= {});
    if (paths[alias]) throw new Error(`tsconfig.base.json already maps ${alias}`);
    paths[alias] = [`./${root}/src/index.ts`];
    return json;
  });

  for (const list of DESCRIPTOR_LISTS) {
    let source = readText(tree, list);
    source = addImport(source, `import { ${constantName}_CONTEXT } from '${alias}';`);
    source = appendToArray(source, /CONTEXTS\s*:[^=]*=\s*\[/, `${constantName}_CONTEXT`, list);
    tree.write(list, source);
  }

  if (!options.skipFormat) await formatFiles(tree);
}

export default contextGenerator;
