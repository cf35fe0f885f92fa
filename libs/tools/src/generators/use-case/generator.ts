import { formatFiles, generateFiles, names, type Tree } from '@nx/devkit';
import { join } from 'node:path';
import { addImport, appendToArray, editKeepingStyle, KEBAB_CASE } from '../edits';

export interface UseCaseGeneratorSchema {
  context: string;
  name: string;
  kind?: 'command' | 'query';
  classScoped?: boolean;
  action?: string;
  skipFormat?: boolean;
}

const USE_CASE_NAME = /^[a-z]+(-[a-z0-9]+)*$/;
/** Where the published language lists the class actions (the directory's module matrix). */
const CLASS_ACTIONS_FILE = 'libs/contracts/src/directory/index.ts';
/** The prefix of an action whose module a class may switch off (`moduleOf` in the contracts). */
const SWITCHABLE = /^(blog|messaging|media|homework|liaison|calendar)\./;

/**
 * `nx g @preau/tools:use-case --context=C --name=N --kind=command|query [--class-scoped --action=A]`: a use-case folder
 * (message, handler, handler spec) in the shape of decision 0009, its handler registered in the context's module.
 */
export async function useCaseGenerator(tree: Tree, options: UseCaseGeneratorSchema): Promise<void> {
  const { context, name } = options;
  const kind = options.kind ?? 'command';
  const classScoped = options.classScoped ?? false;
  const action = options.action ?? 'class.read';
  if (!KEBAB_CASE.test(context)) throw new Error(`"${context}": a context is named in kebab case`);
  if (!USE_CASE_NAME.test(name)) throw new Error(`"${name}": a use case is named in kebab case (publish-article)`);
  if (kind !== 'command' && kind !== 'query') throw new Error(`--kind is command or query, not "${kind}"`);
  const src = `backend/contexts/${context}/src`;
  const modulePath = `${src}/${context}.module.ts`;
  if (!tree.exists(modulePath)) throw new Error(`no context "${context}": ${modulePath} is missing`);
  const useCases = `${src}/application/${kind === 'command' ? 'commands' : 'queries'}`;
  const folder = `${useCases}/${name}`;
  if (tree.exists(folder)) throw new Error(`${folder} exists already`);
  if (classScoped) {
    const known = tree.read(CLASS_ACTIONS_FILE, 'utf-8');
    if (known !== null && !known.includes(`'${action}'`))
      throw new Error(`--action=${action} is not one of CLASS_ACTIONS (${CLASS_ACTIONS_FILE})`);
  }

  const { className } = names(name);
  const message = `${className}${kind === 'command' ? 'Command' : 'Query'}`;
  const handler = `${className}Handler`;
  generateFiles(tree, join(__dirname, 'files', kind), folder, {
    name,
    className,
    message,
    handler,
    classScoped,
    action,
    switchable: SWITCHABLE.test(action),
    module: action.split('.')[0],
    tmpl: '',
  });
  // The folder of use cases is no longer empty.
  const placeholder = `${useCases}/.gitkeep`;
  if (tree.exists(placeholder)) tree.delete(placeholder);

  // Only the new files so far: the module keeps its own style.
  if (!options.skipFormat) await formatFiles(tree);
  await editKeepingStyle(
    tree,
    modulePath,
    (source) =>
      appendToArray(
        addImport(source, `import { ${handler} } from '.${useCases.slice(src.length)}/${name}/${name}.handler';`),
        /providers\s*:\s*\[/,
        handler,
        modulePath,
      ),
    !options.skipFormat,
  );
}

export default useCaseGenerator;
