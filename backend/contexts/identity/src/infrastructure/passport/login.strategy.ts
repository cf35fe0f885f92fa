import { Injectable } from '@nestjs/common';
import { PassportStrategy } from '@nestjs/passport';
import { ErrorCodes } from '@preau/contracts';
import { loginRequestSchema } from '@preau/contracts/schemas';
import { ApiError, Bus, zodFieldErrors } from '@preau/platform';
import type { FastifyRequest } from 'fastify';
import { Strategy } from 'passport-custom';
import { LogInCommand, type LogInResult } from '../../application/commands/log-in/log-in.command';

export const LOGIN_STRATEGY = 'login';

/** Checks login and password (POST /auth/login) through the LogIn command. */
@Injectable()
export class LoginStrategy extends PassportStrategy(Strategy, LOGIN_STRATEGY) {
  constructor(private readonly bus: Bus) {
    super();
  }

  async validate(request: FastifyRequest): Promise<Extract<LogInResult, { ok: true }>> {
    const body = loginRequestSchema.safeParse(request.body);
    if (!body.success) {
      throw new ApiError(ErrorCodes.VALIDATION_FAILED, 'The request has invalid fields.', {
        errors: zodFieldErrors(body.error),
      });
    }
    const userAgent = typeof request.headers['user-agent'] === 'string' ? request.headers['user-agent'] : null;
    const result = await this.bus.command(
      new LogInCommand(body.data.login, body.data.password, request.ip ?? null, userAgent),
    );
    if (!result.ok) {
      throw result.code === ErrorCodes.ACCOUNT_BLOCKED
        ? new ApiError(ErrorCodes.ACCOUNT_BLOCKED, 'This account is blocked; ask the school.')
        : new ApiError(ErrorCodes.INVALID_CREDENTIALS, 'Wrong login or password.');
    }
    return result;
  }
}
