import type { Id } from '@preau/kernel';
import type { Academy } from '../domain/academy/academy';
import type { AcademyRepository } from '../domain/academy/academy.repository';

export class InMemoryAcademyRepository implements AcademyRepository {
  readonly items = new Map<Id, Academy>();

  constructor(academies: Academy[] = []) {
    for (const a of academies) this.items.set(a.id, a);
  }

  async byId(id: Id): Promise<Academy | null> {
    return this.items.get(id) ?? null;
  }

  async count(): Promise<number> {
    return this.items.size;
  }

  add(academy: Academy): void {
    if (this.items.has(academy.id)) throw new Error(`duplicate academy ${academy.id}`);
    this.items.set(academy.id, academy);
  }

  async save(academy: Academy): Promise<void> {
    this.items.set(academy.id, academy);
  }
}
