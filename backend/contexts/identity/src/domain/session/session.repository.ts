import type { Role } from '@preau/contracts';
import type { Id } from '@preau/kernel';
import type { Session } from './session';

/** Who holds a session, as authentication needs it on every request. */
export interface SessionHolder {
  id: Id;
  login: string;
  displayName: string;
  role: Role;
  blocked: boolean;
  mustChangePassword: boolean;
}

export interface SessionRepository {
  byIdHash(idHash: string): Promise<Session | null>;
  /** The session and its holder in one read (every request asks it). */
  withHolder(idHash: string): Promise<{ session: Session; holder: SessionHolder } | null>;
  add(session: Session): void;
  remove(idHash: string): Promise<void>;
  /** Ends every session of an account, but `keep` (the caller's own, on a password change). */
  removeAllOf(accountId: Id, keep?: string): Promise<number>;
  /** Records activity outside any unit of work: a single cheap UPDATE, once a minute at most. */
  touch(idHash: string, at: Date): Promise<void>;
}

export const SESSION_REPOSITORY = Symbol('SessionRepository');
