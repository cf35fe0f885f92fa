import { EntityManager } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import type { ClassRepository, GroupRepository, PartnershipRepository, SchoolRepository } from '../../application/ports/repositories';
import { Partnership } from '../../domain/model/partnership';
import { PupilGroup } from '../../domain/model/pupil-group';
import { School } from '../../domain/model/school';
import { SchoolClass } from '../../domain/model/school-class';

@Injectable()
export class MikroOrmClassRepository implements ClassRepository {
  constructor(private readonly em: EntityManager) {}
  byId(id: string): Promise<SchoolClass | null> {
    return this.em.findOne(SchoolClass, { id });
  }
}

@Injectable()
export class MikroOrmSchoolRepository implements SchoolRepository {
  constructor(private readonly em: EntityManager) {}
  byId(id: string): Promise<School | null> {
    return this.em.findOne(School, { id });
  }
}

@Injectable()
export class MikroOrmPartnershipRepository implements PartnershipRepository {
  constructor(private readonly em: EntityManager) {}
  byId(id: string): Promise<Partnership | null> {
    return this.em.findOne(Partnership, { id });
  }
  between(a: string, b: string): Promise<Partnership | null> {
    return this.em.findOne(Partnership, { $or: [{ requesterClassId: a, partnerClassId: b }, { requesterClassId: b, partnerClassId: a }] });
  }
  add(partnership: Partnership): void {
    this.em.persist(partnership);
  }
  remove(partnership: Partnership): void {
    this.em.remove(partnership);
  }
}

@Injectable()
export class MikroOrmGroupRepository implements GroupRepository {
  constructor(private readonly em: EntityManager) {}
  byId(id: string): Promise<PupilGroup | null> {
    return this.em.findOne(PupilGroup, { id });
  }
  named(classId: string, name: string): Promise<PupilGroup | null> {
    return this.em.findOne(PupilGroup, { classId, name });
  }
  ofClass(classId: string): Promise<PupilGroup[]> {
    return this.em.find(PupilGroup, { classId });
  }
  add(group: PupilGroup): void {
    this.em.persist(group);
  }
  remove(group: PupilGroup): void {
    this.em.remove(group);
  }
}
