import type { SchoolYearsReadModel } from '../application/ports/school-years';

export class InMemorySchoolYearsReadModel implements SchoolYearsReadModel {
  constructor(
    readonly years: string[] = ['2026-2027'],
    readonly currentYear: string | null = '2026-2027',
  ) {}

  async current(): Promise<string | null> {
    return this.currentYear;
  }

  async exists(id: string): Promise<boolean> {
    return this.years.includes(id);
  }
}
