import { EntityManager } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import type { Role } from '@preau/contracts';
import { sqlIn } from '@preau/platform';
import { Session } from '../../domain/session/session';
import type { SessionHolder, SessionRepository } from '../../domain/session/session.repository';

interface HolderRow {
  id_hash: string;
  account_id: string;
  csrf_token: string;
  created_at: Date;
  last_seen_at: Date;
  origin: string | null;
  user_agent: string | null;
  login: string;
  display_name: string;
  role: Role;
  blocked: boolean;
  must_change_password: boolean;
}

@Injectable()
export class MikroOrmSessionRepository implements SessionRepository {
  constructor(private readonly em: EntityManager) {}

  byIdHash(idHash: string): Promise<Session | null> {
    return this.em.findOne(Session, { idHash });
  }

  async withHolder(idHash: string): Promise<{ session: Session; holder: SessionHolder } | null> {
    const [row] = await sqlIn(this.em)<HolderRow>(
      `select s.id_hash, s.account_id, s.csrf_token, s.created_at, s.last_seen_at, s.origin, s.user_agent,
              a.login, a.display_name, a.role, a.blocked, a.must_change_password
         from identity.session s join identity.account a on a.id = s.account_id
        where s.id_hash = ?`,
      [idHash],
    );
    if (!row) return null;
    return {
      session: new Session(row.id_hash, row.account_id, row.csrf_token, new Date(row.created_at), new Date(row.last_seen_at), row.origin, row.user_agent),
      holder: { id: row.account_id, login: row.login, displayName: row.display_name, role: row.role, blocked: row.blocked, mustChangePassword: row.must_change_password },
    };
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
