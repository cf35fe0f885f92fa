import { type ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { AuthGuard } from '@nestjs/passport';
import { ErrorCodes } from '@preau/contracts';
import { timingSafeEqual } from 'node:crypto';
import type { FastifyRequest } from 'fastify';
import { ApiError } from '../http/problem-details.filter';
import { type AuthenticatedUser, BEFORE_PASSWORD_CHANGE, IS_PUBLIC, SESSION_STRATEGY, SKIP_CSRF } from './authenticated-user';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

function sameToken(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

/**
 * Deny by default: every route needs a live session (the identity context's passport strategy)
 * unless marked @Public(), and every state change needs the session's CSRF token in X-CSRF-Token.
 * A person whose password was reset by an administrator must change it before anything else (403
 * PASSWORD_CHANGE_REQUIRED but on the routes marked @AllowedBeforePasswordChange()).
 */
@Injectable()
export class SessionGuard extends AuthGuard(SESSION_STRATEGY) {
  constructor(private readonly reflector: Reflector) {
    super();
  }

  override async canActivate(context: ExecutionContext): Promise<boolean> {
    const targets = [context.getHandler(), context.getClass()];
    if (this.reflector.getAllAndOverride<boolean>(IS_PUBLIC, targets)) return true;
    await super.canActivate(context);
    const request = context.switchToHttp().getRequest<FastifyRequest & { user: AuthenticatedUser }>();
    if (!SAFE_METHODS.has(request.method) && !this.reflector.getAllAndOverride<boolean>(SKIP_CSRF, targets)) {
      const header = request.headers['x-csrf-token'];
      if (typeof header !== 'string' || !sameToken(header, request.user.csrfToken)) {
        throw new ApiError(ErrorCodes.CSRF_TOKEN_INVALID, 'The X-CSRF-Token header is missing or does not match the session.');
      }
    }
    if (request.user.mustChangePassword && !this.reflector.getAllAndOverride<boolean>(BEFORE_PASSWORD_CHANGE, targets)) {
      throw new ApiError(ErrorCodes.PASSWORD_CHANGE_REQUIRED, 'Choose a new password first (POST /auth/password).');
    }
    return true;
  }

  override handleRequest<T>(error: unknown, user: T): T {
    if (error) throw error;
    if (!user) throw new ApiError(ErrorCodes.UNAUTHENTICATED, 'You need to log in.');
    return user;
  }
}
