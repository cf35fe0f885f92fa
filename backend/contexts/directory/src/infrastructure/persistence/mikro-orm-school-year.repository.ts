import { EntityManager } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import { SchoolYear } from '../../domain/school-year/school-year';
import type { SchoolYearRepository } from '../../domain/school-year/school-year.repository';

@Injectable()
export class MikroOrmSchoolYearRepository implements SchoolYearRepository {
  constructor(private readonly em: EntityManager) {}

  byId(id: string): Promise<SchoolYear | null> {
    return this.em.findOne(SchoolYear, { id });
  }

  current(): Promise<SchoolYear | null> {
    return this.em.findOne(SchoolYear, { current: true });
  }

  add(year: SchoolYear): void {
    this.em.persist(year);
  }

  /**
   * One year is current at a time (a unique index on the marked row, checked row by row): the unit of work inserts
   * before it updates, so the previous year's un-marking is flushed alone first, the new mark with the command.
   */
  async saveCurrent(year: SchoolYear, previous: SchoolYear | null): Promise<void> {
    if (!previous || previous === year || !year.current) return;
    year.current = false;
    try {
      await this.em.flush();
    } finally {
      year.current = true;
    }
  }
}
