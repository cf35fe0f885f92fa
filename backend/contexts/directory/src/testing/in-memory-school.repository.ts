import type { Id } from '@preau/kernel';
import type { School } from '../domain/school/school';
import type { SchoolRepository } from '../domain/school/school.repository';

export class InMemorySchoolRepository implements SchoolRepository {
  readonly items = new Map<Id, School>();

  constructor(schools: School[] = []) {
    for (const s of schools) this.items.set(s.id, s);
  }

  async byId(id: Id): Promise<School | null> {
    return this.items.get(id) ?? null;
  }

  async byIds(ids: Id[]): Promise<School[]> {
    return ids.map((id) => this.items.get(id)).filter((s) => s !== undefined);
  }

  async byUai(uai: string): Promise<School | null> {
    return [...this.items.values()].find((s) => s.uai === uai) ?? null;
  }

  add(school: School): void {
    this.items.set(school.id, school);
  }

  async save(school: School): Promise<void> {
    this.items.set(school.id, school);
  }
}
