import { EntityManager } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import { Academy } from '../../domain/academy/academy';
import type { AcademyRepository } from '../../domain/academy/academy.repository';
import { AcademyAdminRow } from './academy.schema';

/** Academies with their administrators: `Academy.adminIds` is read from and written to the academy_admin join entity. */
@Injectable()
export class MikroOrmAcademyRepository implements AcademyRepository {
  constructor(private readonly em: EntityManager) {}

  async byId(id: string): Promise<Academy | null> {
    const academy = await this.em.findOne(Academy, { id });
    if (!academy) return null;
    const rows = await this.em.find(AcademyAdminRow, { academy: academy.id });
    academy.adminIds = rows.map((row) => row.personId);
    return academy;
  }

  count(): Promise<number> {
    return this.em.count(Academy);
  }

  add(academy: Academy): void {
    this.em.persist(academy);
    for (const personId of academy.adminIds) this.em.persist(new AcademyAdminRow(academy, personId));
  }

  async save(academy: Academy): Promise<void> {
    const stored = await this.em.find(AcademyAdminRow, { academy: academy.id });
    for (const row of stored) if (!academy.adminIds.includes(row.personId)) this.em.remove(row);
    for (const personId of academy.adminIds)
      if (!stored.some((row) => row.personId === personId)) this.em.persist(new AcademyAdminRow(academy, personId));
  }
}
