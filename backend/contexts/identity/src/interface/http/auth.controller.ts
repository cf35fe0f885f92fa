import '@fastify/cookie';
import { Body, Controller, Get, HttpCode, Inject, Post, Req, Res, UseGuards } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { ErrorCodes, type LoginResponse, type MeResponse } from '@preau/contracts';
import { activateAccountRequestSchema, cardLoginRequestSchema, changePasswordRequestSchema, loginRequestSchema } from '@preau/contracts/schemas';
import { AllowedBeforePasswordChange, ApiError, type AuthenticatedUser, Bus, CurrentUser, PREAU_CONFIG, type PreauConfig, Public, SESSION_COOKIE, SkipCsrf } from '@preau/platform';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { createZodDto } from 'nestjs-zod';
import { ActivateAccountCommand } from '../../application/commands/activate-account/activate-account.command';
import { ChangePasswordCommand } from '../../application/commands/change-password/change-password.command';
import type { LogInResult } from '../../application/commands/log-in/log-in.command';
import { LogInWithCardCommand } from '../../application/commands/log-in-with-card/log-in-with-card.command';
import { LogOutCommand } from '../../application/commands/log-out/log-out.command';
import { GetMeQuery } from '../../application/queries/get-me/get-me.query';
import { LoginGuard } from './login.guard';

class LoginDto extends createZodDto(loginRequestSchema) {}
class ChangePasswordDto extends createZodDto(changePasswordRequestSchema) {}
class ActivateAccountDto extends createZodDto(activateAccountRequestSchema) {}
class CardLoginDto extends createZodDto(cardLoginRequestSchema) {}

function cookieOptions(request: FastifyRequest, maxAgeMs: number) {
  return { path: '/', httpOnly: true, sameSite: 'lax' as const, secure: request.protocol === 'https', maxAge: Math.floor(maxAgeMs / 1000) };
}

@ApiTags('auth')
@Controller()
export class AuthController {
  constructor(
    private readonly bus: Bus,
    @Inject(PREAU_CONFIG) private readonly config: PreauConfig,
  ) {}

  @Post('auth/login')
  @Public()
  @SkipCsrf()
  @UseGuards(LoginGuard)
  @HttpCode(200)
  @ApiOperation({ summary: 'Log in: sets the session cookie and returns the CSRF token' })
  login(@Body() _body: LoginDto, @Req() request: FastifyRequest & { user: Extract<LogInResult, { ok: true }> }, @Res({ passthrough: true }) reply: FastifyReply): LoginResponse {
    return this.loggedIn(request.user, request, reply);
  }

  @Post('auth/activate')
  @Public()
  @SkipCsrf()
  @HttpCode(200)
  @ApiOperation({ summary: 'Open an account with the activation code of its letter, choosing a password; logs in as /auth/login does' })
  async activate(@Body() body: ActivateAccountDto, @Req() request: FastifyRequest, @Res({ passthrough: true }) reply: FastifyReply): Promise<LoginResponse> {
    const result = await this.bus.command(new ActivateAccountCommand(body.code, body.password, body.email ?? null, request.ip ?? null, userAgentOf(request)));
    return this.loggedIn(result, request, reply);
  }

  @Post('auth/card')
  @Public()
  @SkipCsrf()
  @HttpCode(200)
  @ApiOperation({ summary: "A pupil logs in with their card's QR code (PC1.<id>.<secret>); logs in as /auth/login does" })
  async card(@Body() body: CardLoginDto, @Req() request: FastifyRequest, @Res({ passthrough: true }) reply: FastifyReply): Promise<LoginResponse> {
    const result = await this.bus.command(new LogInWithCardCommand(body.token, request.ip ?? null, userAgentOf(request)));
    if (!result.ok) {
      throw result.code === ErrorCodes.ACCOUNT_BLOCKED
        ? new ApiError(ErrorCodes.ACCOUNT_BLOCKED, 'This account is blocked; ask the school.')
        : new ApiError(ErrorCodes.CARD_INVALID, 'This card does not work any more; ask the teacher for a new one.');
    }
    return this.loggedIn(result, request, reply);
  }

  @Post('auth/logout')
  @AllowedBeforePasswordChange()
  @HttpCode(204)
  @ApiOperation({ summary: 'Log out: the session is dead on the server' })
  async logout(@CurrentUser() user: AuthenticatedUser, @Req() request: FastifyRequest, @Res({ passthrough: true }) reply: FastifyReply): Promise<void> {
    await this.bus.command(new LogOutCommand(user.sessionId, user.id));
    reply.clearCookie(SESSION_COOKIE, { ...cookieOptions(request, 0), maxAge: undefined });
  }

  @Post('auth/password')
  @AllowedBeforePasswordChange()
  @HttpCode(204)
  @ApiOperation({ summary: "Change one's password; the other sessions end" })
  async changePassword(@CurrentUser() user: AuthenticatedUser, @Body() body: ChangePasswordDto): Promise<void> {
    await this.bus.command(new ChangePasswordCommand(user.id, user.sessionId, body.currentPassword, body.newPassword));
  }

  @Get('me')
  @AllowedBeforePasswordChange()
  @ApiOperation({ summary: 'Who I am, my schools, classes and children, and the CSRF token' })
  me(@CurrentUser() user: AuthenticatedUser): Promise<MeResponse> {
    return this.bus.query(new GetMeQuery(user));
  }

  private loggedIn(result: Extract<LogInResult, { ok: true }>, request: FastifyRequest, reply: FastifyReply): LoginResponse {
    reply.setCookie(SESSION_COOKIE, result.token, cookieOptions(request, this.config.session.maxMs));
    return { user: result.account, csrfToken: result.csrfToken, mustChangePassword: result.mustChangePassword };
  }
}

function userAgentOf(request: FastifyRequest): string | null {
  return typeof request.headers['user-agent'] === 'string' ? request.headers['user-agent'] : null;
}
