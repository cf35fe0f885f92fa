import '@fastify/cookie';
import { Body, Controller, Get, HttpCode, Inject, Post, Req, Res, UseGuards } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { type LoginResponse, type MeResponse } from '@preau/contracts';
import { changePasswordRequestSchema, loginRequestSchema } from '@preau/contracts/schemas';
import { type AuthenticatedUser, Bus, CurrentUser, PREAU_CONFIG, type PreauConfig, Public, SESSION_COOKIE, SkipCsrf } from '@preau/platform';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { createZodDto } from 'nestjs-zod';
import { ChangePasswordCommand } from '../../application/commands/change-password/change-password.command';
import type { LogInResult } from '../../application/commands/log-in/log-in.command';
import { LogOutCommand } from '../../application/commands/log-out/log-out.command';
import { GetMeQuery } from '../../application/queries/get-me/get-me.query';
import { LoginGuard } from './login.guard';

class LoginDto extends createZodDto(loginRequestSchema) {}
class ChangePasswordDto extends createZodDto(changePasswordRequestSchema) {}

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
    const result = request.user;
    reply.setCookie(SESSION_COOKIE, result.token, cookieOptions(request, this.config.session.maxMs));
    return { user: result.account, csrfToken: result.csrfToken };
  }

  @Post('auth/logout')
  @HttpCode(204)
  @ApiOperation({ summary: 'Log out: the session is dead on the server' })
  async logout(@CurrentUser() user: AuthenticatedUser, @Req() request: FastifyRequest, @Res({ passthrough: true }) reply: FastifyReply): Promise<void> {
    await this.bus.command(new LogOutCommand(user.sessionId, user.id));
    reply.clearCookie(SESSION_COOKIE, { ...cookieOptions(request, 0), maxAge: undefined });
  }

  @Post('auth/password')
  @HttpCode(204)
  @ApiOperation({ summary: "Change one's password; the other sessions end" })
  async changePassword(@CurrentUser() user: AuthenticatedUser, @Body() body: ChangePasswordDto): Promise<void> {
    await this.bus.command(new ChangePasswordCommand(user.id, user.sessionId, body.currentPassword, body.newPassword));
  }

  @Get('me')
  @ApiOperation({ summary: 'Who I am, my schools, classes and children, and the CSRF token' })
  me(@CurrentUser() user: AuthenticatedUser): Promise<MeResponse> {
    return this.bus.query(new GetMeQuery(user));
  }
}
