import type { Id } from '@preau/kernel';
import type { SchoolClass } from '../domain/school-class/school-class';
import type { ClassRepository } from '../domain/school-class/school-class.repository';

export class InMemoryClassRepository implements ClassRepository {
  readonly items = new Map<Id, SchoolClass>();

  constructor(classes: SchoolClass[] = []) {
    for (const c of classes) this.items.set(c.id, c);
  }

  async byId(id: Id): Promise<SchoolClass | null> {
    return this.items.get(id) ?? null;
  }
}
