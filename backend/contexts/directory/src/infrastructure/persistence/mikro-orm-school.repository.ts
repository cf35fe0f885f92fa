import { EntityManager } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import { School } from '../../domain/school/school';
import type { SchoolRepository } from '../../domain/school/school.repository';

@Injectable()
export class MikroOrmSchoolRepository implements SchoolRepository {
  constructor(private readonly em: EntityManager) {}
  byId(id: string): Promise<School | null> {
    return this.em.findOne(School, { id });
  }
}
