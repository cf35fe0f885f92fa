import { EntityManager } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import { PupilGroup } from '../../domain/pupil-group/pupil-group';
import type { GroupRepository } from '../../domain/pupil-group/pupil-group.repository';

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
