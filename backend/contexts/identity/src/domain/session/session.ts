import type { Id } from '@preau/kernel';

export interface SessionLifetime {
  idleMs: number;
  maxMs: number;
}

/** How often a session's last activity is written: enough precision for a 30-minute idle limit. */
export const TOUCH_EVERY_MS = 60_000;

/**
 * A server-side session. Only the SHA-256 of its token is stored, so a leaked table opens nothing;
 * deleting the row (logout, blocking, password change) ends it at once.
 */
export class Session {
  constructor(
    readonly idHash: string,
    readonly accountId: Id,
    readonly csrfToken: string,
    readonly createdAt: Date,
    public lastSeenAt: Date,
    readonly origin: string | null,
    readonly userAgent: string | null,
  ) {}

  /** Rules SessionEndsWhenIdle and SessionEndsAfterMaxAge (shared class tablets). */
  expiredBy(now: Date, lifetime: SessionLifetime): 'SessionEndsWhenIdle' | 'SessionEndsAfterMaxAge' | null {
    if (now.getTime() - this.createdAt.getTime() >= lifetime.maxMs) return 'SessionEndsAfterMaxAge';
    if (now.getTime() - this.lastSeenAt.getTime() >= lifetime.idleMs) return 'SessionEndsWhenIdle';
    return null;
  }

  needsTouch(now: Date): boolean {
    return now.getTime() - this.lastSeenAt.getTime() >= TOUCH_EVERY_MS;
  }
}
