import type { Tree } from '@nx/devkit';

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
 * Appends `item` to the array literal that follows `anchor` (`providers: [`, `CONTEXTS: readonly X[] = [`), matching
 * brackets so that nested literals (`{ provide: …, useFactory: … }`) do not end it early. Formatting is left to prettier.
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
    if (depth === 0) {
      const inside = source.slice(open + 1, i);
      if (new RegExp(`(^|[\\s,])${item}(\\s*,|\\s*$)`).test(inside)) return source;
      const body = inside.trimEnd();
      const separator = body.trim() === '' || body.endsWith(',') ? '' : ',';
      return `${source.slice(0, open + 1)}${body}${separator}\n${item},\n${source.slice(i)}`;
    }
  }
  throw new Error(`${where}: the array after ${anchor.source} is not closed`);
}
