import { EntityManager } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import { sqlIn } from '@preau/platform';
import type { SchoolYearsReadModel } from '../../application/ports/school-years';

@Injectable()
export class SqlSchoolYearsReadModel implements SchoolYearsReadModel {
  constructor(private readonly em: EntityManager) {}

  async current(): Promise<string | null> {
    const rows = await sqlIn(this.em)<{ id: string }>(`select id from directory.school_year where current`);
    return rows[0]?.id ?? null;
  }

  async exists(id: string): Promise<boolean> {
    const rows = await sqlIn(this.em)<{ id: string }>(`select id from directory.school_year where id = ?`, [id]);
    return rows.length > 0;
  }
}
