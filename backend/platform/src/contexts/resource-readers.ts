import { Injectable } from '@nestjs/common';
import { Bus } from '../bus/bus';
import { ContextRegistry } from './context-registry';

/**
 * "May P read resource R of kind K?" for the media items R uses: the context that owns kind K answers, as its
 * descriptor says. A kind that no context registered is read by nobody (deny by default).
 */
@Injectable()
export class ResourceReaders {
  constructor(
    private readonly registry: ContextRegistry,
    private readonly bus: Bus,
  ) {}

  knows(kind: string): boolean {
    return this.registry.resourceReader(kind) !== undefined;
  }

  async mayRead(kind: string, personId: string, resourceId: string): Promise<boolean> {
    const reader = this.registry.resourceReader(kind);
    if (!reader) return false;
    return (await this.bus.query(reader(personId, resourceId))).allowed;
  }
}
