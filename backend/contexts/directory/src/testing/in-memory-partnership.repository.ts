import type { Id } from '@preau/kernel';
import type { Partnership } from '../domain/partnership/partnership';
import type { PartnershipRepository } from '../domain/partnership/partnership.repository';

export class InMemoryPartnershipRepository implements PartnershipRepository {
  readonly items = new Map<Id, Partnership>();

  constructor(partnerships: Partnership[] = []) {
    for (const p of partnerships) this.items.set(p.id, p);
  }

  async byId(id: Id): Promise<Partnership | null> {
    return this.items.get(id) ?? null;
  }

  async between(a: Id, b: Id): Promise<Partnership | null> {
    return [...this.items.values()].find((p) => p.involves(a) && p.involves(b)) ?? null;
  }

  add(partnership: Partnership): void {
    this.items.set(partnership.id, partnership);
  }

  remove(partnership: Partnership): void {
    this.items.delete(partnership.id);
  }
}
