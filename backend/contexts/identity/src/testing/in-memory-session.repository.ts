import type { Id } from '@preau/kernel';
import type { Session } from '../domain/session/session';
import type { SessionHolder, SessionRepository } from '../domain/session/session.repository';
import type { InMemoryAccountRepository } from './in-memory-account.repository';

/** Sessions in a map; their holders are read from the accounts, as the SQL join does. */
export class InMemorySessionRepository implements SessionRepository {
  readonly items = new Map<string, Session>();

  constructor(private readonly accounts: InMemoryAccountRepository) {}

  async byIdHash(idHash: string): Promise<Session | null> {
    return this.items.get(idHash) ?? null;
  }

  async withHolder(idHash: string): Promise<{ session: Session; holder: SessionHolder } | null> {
    const session = this.items.get(idHash);
    const account = session && this.accounts.items.get(session.accountId);
    if (!session || !account) return null;
    return {
      session,
      holder: {
        id: account.id,
        login: account.login,
        displayName: account.displayName,
        role: account.role,
        blocked: account.blocked,
        mustChangePassword: account.mustChangePassword,
      },
    };
  }

  add(session: Session): void {
    this.items.set(session.idHash, session);
  }

  async remove(idHash: string): Promise<void> {
    this.items.delete(idHash);
  }

  async removeAllOf(accountId: Id, keep?: string): Promise<number> {
    const ended = [...this.items.values()].filter((s) => s.accountId === accountId && s.idHash !== keep);
    for (const s of ended) this.items.delete(s.idHash);
    return ended.length;
  }

  async touch(idHash: string, at: Date): Promise<void> {
    const session = this.items.get(idHash);
    if (session) session.lastSeenAt = at;
  }
}
