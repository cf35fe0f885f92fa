import type { Tree } from '@nx/devkit';
import { join } from 'node:path';

export const KEBAB_CASE = /^[a-z]+(-[a-z]+)*$/;

/** The text of a file the generator must edit; a workspace without it is not one this generator knows. */
export function readText(tree: Tree, path: string): string {
  const text = tree.read(path, 'utf-8');
  if (text === null) throw new Error(`${path} is missing: is this the Préau workspace?`);
  return text;
}

/** Adds an import line after the file's last import (the files edited here keep their imports at the top). */
export function addImport(source: string, line: string): string {
  if (source.includes(line)) return source;
  const imports = [...source.matchAll(/^import [^;]*;\n/gm)];
  const last = imports[imports.length - 1];
  if (!last || last.index === undefined) return `${line}\n${source}`;
  const at = last.index + last[0].length;
  return `${source.slice(0, at)}${line}\n${source.slice(at)}`;
}

/**
 * Appends `item` to the array literal that follows `anchor` (`providers: [`, `CONTEXTS: readonly X[] = [`), in the
 * array's own layout (one line, or one item a line at the items' indentation), matching brackets so that nested
 * literals (`{ provide: …, useFactory: … }`) do not end it early. An item already there is not added twice.
 */
export function appendToArray(source: string, anchor: RegExp, item: string, where: string): string {
  const found = anchor.exec(source);
  if (!found) throw new Error(`${where}: no ${anchor.source} to add ${item} to`);
  const open = found.index + found[0].length - 1;
  if (source[open] !== '[') throw new Error(`${where}: ${anchor.source} must end at the array's "["`);
  let depth = 0;
  for (let i = open; i < source.length; i++) {
    const char = source[i];
    if (char === '[' || char === '{' || char === '(') depth++;
    else if (char === ']' || char === '}' || char === ')') depth--;
    if (depth !== 0) continue;
    const inside = source.slice(open + 1, i);
    if (new RegExp(`(^|[\\s,])${item}(\\s*,|\\s*$)`).test(inside)) return source;
    const body = inside.trimEnd();
    const before = source.slice(0, open + 1);
    if (!inside.includes('\n')) {
      const items = body.trim().replace(/,$/, '');
      return `${before}${items === '' ? item : `${items}, ${item}`}${source.slice(i)}`;
    }
    const lastLine = body.slice(body.lastIndexOf('\n') + 1);
    const indent = /^\s*/.exec(lastLine)?.[0] ?? '';
    const separator = body.trim() === '' || body.endsWith(',') ? '' : ',';
    return `${before}${body}${separator}\n${indent}${item},${inside.slice(body.length)}${source.slice(i)}`;
  }
  throw new Error(`${where}: the array after ${anchor.source} is not closed`);
}

type Prettier = typeof import('prettier');

/**
 * Edits a file of the workspace, then formats it only if it was formatted before: a generator must not turn one
 * added line into a diff of the whole file.
 */
export async function editKeepingStyle(
  tree: Tree,
  path: string,
  edit: (source: string) => string,
  format: boolean,
): Promise<void> {
  const before = readText(tree, path);
  const after = edit(before);
  if (after === before) return;
  const prettier: Prettier | null = format ? await import('prettier').catch(() => null) : null;
  if (prettier) {
    const options = { ...((await prettier.resolveConfig(join(tree.root, path))) ?? {}), filepath: path };
    if (await prettier.check(before, options)) {
      tree.write(path, await prettier.format(after, options));
      return;
    }
  }
  tree.write(path, after);
}
