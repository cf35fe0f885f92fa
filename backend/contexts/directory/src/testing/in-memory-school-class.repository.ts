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

  async byIds(ids: Id[]): Promise<SchoolClass[]> {
    return ids.map((id) => this.items.get(id)).filter((c) => c !== undefined);
  }

  async named(schoolId: Id, schoolYearId: string, name: string): Promise<SchoolClass | null> {
    return (
      [...this.items.values()].find(
        (c) => c.schoolId === schoolId && c.schoolYearId === schoolYearId && c.name === name,
      ) ?? null
    );
  }

  add(klass: SchoolClass): void {
    this.items.set(klass.id, klass);
  }

  async save(klass: SchoolClass): Promise<void> {
    this.items.set(klass.id, klass);
  }
}
