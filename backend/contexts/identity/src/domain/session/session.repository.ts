import type { Id } from '@preau/kernel';
import type { Session } from './session';

export interface SessionRepository {
  byIdHash(idHash: string): Promise<Session | null>;
  add(session: Session): void;
  remove(idHash: string): Promise<void>;
  /** Ends every session of an account, but `keep` (the caller's own, on a password change). */
  removeAllOf(accountId: Id, keep?: string): Promise<number>;
  /** Records activity outside any unit of work: a single cheap UPDATE, once a minute at most. */
  touch(idHash: string, at: Date): Promise<void>;
}

export const SESSION_REPOSITORY = Symbol('SessionRepository');
