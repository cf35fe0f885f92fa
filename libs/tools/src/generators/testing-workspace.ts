import { type Tree, workspaceRoot } from '@nx/devkit';
import { createTreeWithEmptyWorkspace } from '@nx/devkit/testing';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** The real files the generators edit, so that the specs fail when the workspace's shape moves under them. */
export const EDITED_FILES = [
  'tsconfig.base.json',
  'libs/contracts/src/index.ts',
  'libs/contracts/src/directory/index.ts',
  'backend/api/src/app/contexts.ts',
  'backend/worker/src/app/contexts.ts',
  'backend/contexts/identity/src/identity.module.ts',
  'backend/contexts/identity/project.json',
];

/** An empty Nx workspace holding copies of EDITED_FILES. */
export function treeWithPreauFiles(): Tree {
  const tree = createTreeWithEmptyWorkspace();
  for (const path of EDITED_FILES) tree.write(path, readFileSync(join(workspaceRoot, path), 'utf-8'));
  return tree;
}

export function text(tree: Tree, path: string): string {
  const content = tree.read(path, 'utf-8');
  if (content === null) throw new Error(`${path} was not written`);
  return content;
}
