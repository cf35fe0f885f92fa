import type { StructureToProvision } from '@preau/contracts';
import type { StructureWriter } from '../application/ports/structure-writer';

/** Keeps the structures it was given; empty until one is provisioned. */
export class InMemoryStructureWriter implements StructureWriter {
  readonly provisioned: StructureToProvision[] = [];

  async isEmpty(): Promise<boolean> {
    return this.provisioned.length === 0;
  }

  async provision(structure: StructureToProvision): Promise<void> {
    this.provisioned.push(structure);
  }
}
