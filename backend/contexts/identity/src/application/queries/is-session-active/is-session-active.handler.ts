import { Inject } from '@nestjs/common';
import { type IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { IsSessionActiveQuery } from '@preau/contracts';
import { CLOCK, type Clock } from '@preau/kernel';
import type { SessionLifetime } from '../../../domain/session/session';
import { SESSION_REPOSITORY, type SessionRepository } from '../../../domain/session/session.repository';
import { SESSION_LIFETIME } from '../../ports/session-lifetime.port';

/** Whether the session still stands (it may have ended since the connection that asks was opened). Touches nothing. */
@QueryHandler(IsSessionActiveQuery)
export class IsSessionActiveHandler implements IQueryHandler<IsSessionActiveQuery, boolean> {
  constructor(
    @Inject(SESSION_REPOSITORY) private readonly sessions: SessionRepository,
    @Inject(SESSION_LIFETIME) private readonly lifetime: SessionLifetime,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async execute({ sessionId }: IsSessionActiveQuery): Promise<boolean> {
    const found = await this.sessions.withHolder(sessionId);
    return !!found && !found.holder.blocked && !found.session.expiredBy(this.clock.now(), this.lifetime);
  }
}
