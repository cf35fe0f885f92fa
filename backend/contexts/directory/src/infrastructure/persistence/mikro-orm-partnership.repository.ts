import { EntityManager } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import { Partnership } from '../../domain/partnership/partnership';
import type { PartnershipRepository } from '../../domain/partnership/partnership.repository';

@Injectable()
export class MikroOrmPartnershipRepository implements PartnershipRepository {
  constructor(private readonly em: EntityManager) {}
  byId(id: string): Promise<Partnership | null> {
    return this.em.findOne(Partnership, { id });
  }
  between(a: string, b: string): Promise<Partnership | null> {
    return this.em.findOne(Partnership, {
      $or: [
        { requesterClassId: a, partnerClassId: b },
        { requesterClassId: b, partnerClassId: a },
      ],
    });
  }
  add(partnership: Partnership): void {
    this.em.persist(partnership);
  }
  remove(partnership: Partnership): void {
    this.em.remove(partnership);
  }
}
