import { Controller, Header, HttpCode, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import type { PasswordResetResult } from '@preau/contracts';
import { type AuthenticatedUser, Bus, CurrentUser } from '@preau/platform';
import { ResetPasswordCommand } from '../../application/commands/reset-password/reset-password.command';
import { SetAccountBlockedCommand } from '../../application/commands/set-account-blocked/set-account-blocked.command';

/** Blocking is the administrators' (school: own school, not other admins; academy: their academy), as the directory decides. */
@ApiTags('admin')
@Controller('admin/users')
export class AccountsAdminController {
  constructor(private readonly bus: Bus) {}

  @Post(':id/block')
  @HttpCode(204)
  @ApiOperation({ summary: 'Block an account: its sessions end at once, its logins are refused with ACCOUNT_BLOCKED' })
  block(@CurrentUser() user: AuthenticatedUser, @Param('id', ParseUUIDPipe) id: string): Promise<void> {
    return this.setBlocked(user, id, true);
  }

  @Post(':id/unblock')
  @HttpCode(204)
  @ApiOperation({ summary: 'Unblock an account' })
  unblock(@CurrentUser() user: AuthenticatedUser, @Param('id', ParseUUIDPipe) id: string): Promise<void> {
    return this.setBlocked(user, id, false);
  }

  @Post(':id/password-reset')
  @HttpCode(200)
  @Header('cache-control', 'no-store')
  @ApiOperation({
    summary: "Reset a password: a pupil gets a new first password and card, an adult a temporary password to change at the next login; the account's sessions end",
  })
  resetPassword(@CurrentUser() user: AuthenticatedUser, @Param('id', ParseUUIDPipe) id: string): Promise<PasswordResetResult> {
    return this.bus.command(new ResetPasswordCommand(user.id, id));
  }

  private async setBlocked(user: AuthenticatedUser, id: string, blocked: boolean): Promise<void> {
    await this.bus.command(new SetAccountBlockedCommand(user.id, id, blocked));
  }
}
