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
}
