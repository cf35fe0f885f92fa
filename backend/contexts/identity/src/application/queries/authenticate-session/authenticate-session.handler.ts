import { Inject } from '@nestjs/common';
import { type IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { CLOCK, type Clock } from '@preau/kernel';
import type { AuthenticatedUser } from '@preau/platform';
import type { SessionLifetime } from '../../../domain/session/session';
import { SESSION_REPOSITORY, type SessionRepository } from '../../../domain/session/session.repository';
import { SESSION_LIFETIME } from '../../ports/session-lifetime.port';
import { hashToken } from '../../tokens';
import { AuthenticateSessionQuery } from './authenticate-session.query';

/** Resolves a session token to its holder on every request; ends an expired session, records activity once a minute. */
@QueryHandler(AuthenticateSessionQuery)
export class AuthenticateSessionHandler implements IQueryHandler<AuthenticateSessionQuery, AuthenticatedUser | null> {
  constructor(
    @Inject(SESSION_REPOSITORY) private readonly sessions: SessionRepository,
    @Inject(SESSION_LIFETIME) private readonly lifetime: SessionLifetime,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async execute({ token }: AuthenticateSessionQuery): Promise<AuthenticatedUser | null> {
    if (!token || token.length > 100) return null;
    const idHash = hashToken(token);
    const found = await this.sessions.withHolder(idHash);
    if (!found) return null;
    const { session, holder: account } = found;
    const now = this.clock.now();
    if (session.expiredBy(now, this.lifetime)) {
      await this.sessions.remove(idHash);
      return null;
    }
    if (account.blocked) return null;
    if (session.needsTouch(now)) await this.sessions.touch(idHash, now);
    return {
      id: account.id,
      login: account.login,
      displayName: account.displayName,
      role: account.role,
      sessionId: idHash,
      csrfToken: session.csrfToken,
      mustChangePassword: account.mustChangePassword,
    };
  }
}
