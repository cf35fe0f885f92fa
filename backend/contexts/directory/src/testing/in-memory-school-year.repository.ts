import type { SchoolYear } from '../domain/school-year/school-year';
import type { SchoolYearRepository } from '../domain/school-year/school-year.repository';

/** Years in memory; like the store, refuses a second year marked current when one is saved. */
export class InMemorySchoolYearRepository implements SchoolYearRepository {
  readonly items = new Map<string, SchoolYear>();

  constructor(years: SchoolYear[] = []) {
    for (const y of years) this.items.set(y.id, y);
  }

  async byId(id: string): Promise<SchoolYear | null> {
    return this.items.get(id) ?? null;
  }

  async current(): Promise<SchoolYear | null> {
    return [...this.items.values()].find((y) => y.current) ?? null;
  }

  add(year: SchoolYear): void {
    if (this.items.has(year.id)) throw new Error(`duplicate school year ${year.id}`);
    this.items.set(year.id, year);
  }

  async saveCurrent(): Promise<void> {
    if ([...this.items.values()].filter((y) => y.current).length > 1) throw new Error('two current school years');
  }
}
