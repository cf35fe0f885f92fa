import { EntityManager } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import { SchoolClass } from '../../domain/school-class/school-class';
import type { ClassRepository } from '../../domain/school-class/school-class.repository';

@Injectable()
export class MikroOrmClassRepository implements ClassRepository {
  constructor(private readonly em: EntityManager) {}
  byId(id: string): Promise<SchoolClass | null> {
    return this.em.findOne(SchoolClass, { id });
  }
}
