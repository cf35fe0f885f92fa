import { EntityManager } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import { School } from '../../domain/school/school';
import type { SchoolRepository } from '../../domain/school/school.repository';
import { SchoolDirectorRow } from './school.schema';

/** Schools with their directors: `School.directorIds` is read from and written to the school_director join entity. */
@Injectable()
export class MikroOrmSchoolRepository implements SchoolRepository {
  constructor(private readonly em: EntityManager) {}

  async byId(id: string): Promise<School | null> {
    return (await this.byIds([id]))[0] ?? null;
  }

  async byIds(ids: string[]): Promise<School[]> {
    if (ids.length === 0) return [];
    const schools = await this.em.find(School, { id: { $in: ids } });
    return this.withDirectors(schools);
  }

  async byUai(uai: string): Promise<School | null> {
    const school = await this.em.findOne(School, { uai });
    return school ? (await this.withDirectors([school]))[0] : null;
  }

  add(school: School): void {
    this.em.persist(school);
    for (const personId of school.directorIds) this.em.persist(new SchoolDirectorRow(school, personId));
  }

  async save(school: School): Promise<void> {
    const stored = await this.em.find(SchoolDirectorRow, { school: school.id });
    for (const row of stored) if (!school.directorIds.includes(row.personId)) this.em.remove(row);
    for (const personId of school.directorIds)
      if (!stored.some((row) => row.personId === personId)) this.em.persist(new SchoolDirectorRow(school, personId));
  }

  private async withDirectors(schools: School[]): Promise<School[]> {
    if (schools.length === 0) return schools;
    const rows = await this.em.find(SchoolDirectorRow, { school: { $in: schools.map((s) => s.id) } });
    for (const school of schools)
      school.directorIds = rows.filter((row) => row.school.id === school.id).map((row) => row.personId);
    return schools;
  }
}
