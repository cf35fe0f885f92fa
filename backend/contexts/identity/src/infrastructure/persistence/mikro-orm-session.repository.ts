import { EntityManager } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import { Session } from '../../domain/session/session';
import type { SessionRepository } from '../../domain/session/session.repository';

@Injectable()
export class MikroOrmSessionRepository implements SessionRepository {
  constructor(private readonly em: EntityManager) {}

  byIdHash(idHash: string): Promise<Session | null> {
    return this.em.findOne(Session, { idHash });
  }

  add(session: Session): void {
    this.em.persist(session);
  }

  async remove(idHash: string): Promise<void> {
    await this.em.nativeDelete(Session, { idHash });
  }

  removeAllOf(accountId: string, keep?: string): Promise<number> {
    return this.em.nativeDelete(Session, keep ? { accountId, idHash: { $ne: keep } } : { accountId });
  }

  async touch(idHash: string, at: Date): Promise<void> {
    await this.em.nativeUpdate(Session, { idHash }, { lastSeenAt: at });
  }
}
