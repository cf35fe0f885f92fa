import '@fastify/cookie';
import { Injectable } from '@nestjs/common';
import { PassportStrategy } from '@nestjs/passport';
import { type AuthenticatedUser, Bus, RequestMetaStore, SESSION_COOKIE, SESSION_STRATEGY } from '@preau/platform';
import type { FastifyRequest } from 'fastify';
import { Strategy } from 'passport-custom';
import { AuthenticateSessionQuery } from '../../application/queries/authenticate-session/authenticate-session.query';

/** Resolves the session cookie to the caller; the platform's SessionGuard uses it on every route. */
@Injectable()
export class SessionStrategy extends PassportStrategy(Strategy, SESSION_STRATEGY) {
  constructor(private readonly bus: Bus) {
    super();
  }

  async validate(request: FastifyRequest): Promise<AuthenticatedUser | false> {
    const token = request.cookies?.[SESSION_COOKIE];
    if (!token) return false;
    const user = await this.bus.query(new AuthenticateSessionQuery(token));
    if (user) RequestMetaStore.setActor(user.id);
    return user ?? false;
  }
}
