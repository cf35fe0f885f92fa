import type { StructureToProvision } from '@preau/contracts';

/** Provisioning a whole structure at once (the demo academy now, ONDE imports later), and whether one exists yet. */
export interface StructureWriter {
  isEmpty(): Promise<boolean>;
  provision(structure: StructureToProvision): Promise<void>;
}

export const STRUCTURE_WRITER = Symbol('StructureWriter');
