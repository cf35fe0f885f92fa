import { MikroOrmModule } from '@mikro-orm/nestjs';
import { Module } from '@nestjs/common';
import { PREAU_CONFIG, type PreauConfig } from '@preau/platform';
import { SetAccountBlockedHandler } from './application/commands/set-account-blocked/set-account-blocked.handler';
import { ChangePasswordHandler } from './application/commands/change-password/change-password.handler';
import { CreateAccountHandler } from './application/commands/create-account/create-account.handler';
import { LogInHandler } from './application/commands/log-in/log-in.handler';
import { LogOutHandler } from './application/commands/log-out/log-out.handler';
import { LOGIN_THROTTLE } from './application/ports/login-throttle.port';
import { PASSWORD_HASHER } from './application/ports/password-hasher.port';
import { SESSION_LIFETIME } from './application/ports/session-lifetime.port';
import { AuthenticateSessionHandler } from './application/queries/authenticate-session/authenticate-session.handler';
import { IsSessionActiveHandler } from './application/queries/is-session-active/is-session-active.handler';
import { GetMeHandler } from './application/queries/get-me/get-me.handler';
import { ACCOUNT_REPOSITORY } from './domain/account/account.repository';
import { SESSION_REPOSITORY } from './domain/session/session.repository';
import { Argon2PasswordHasher } from './infrastructure/argon2-password-hasher';
import { LoginStrategy } from './infrastructure/passport/login.strategy';
import { SessionStrategy } from './infrastructure/passport/session.strategy';
import { AccountSchema } from './infrastructure/persistence/account.schema';
import { MikroOrmAccountRepository } from './infrastructure/persistence/mikro-orm-account.repository';
import { MikroOrmSessionRepository } from './infrastructure/persistence/mikro-orm-session.repository';
import { SessionSchema } from './infrastructure/persistence/session.schema';
import { RateLimitedLoginThrottle } from './infrastructure/rate-limited-login-throttle';
import { AccountsAdminController } from './interface/http/accounts-admin.controller';
import { AuthController } from './interface/http/auth.controller';

/** Identity: accounts, credentials, sessions. Wires its ports to their adapters. */
@Module({
  imports: [MikroOrmModule.forFeature([AccountSchema, SessionSchema])],
  controllers: [AuthController, AccountsAdminController],
  providers: [
    { provide: ACCOUNT_REPOSITORY, useClass: MikroOrmAccountRepository },
    { provide: SESSION_REPOSITORY, useClass: MikroOrmSessionRepository },
    { provide: PASSWORD_HASHER, useClass: Argon2PasswordHasher },
    { provide: LOGIN_THROTTLE, useClass: RateLimitedLoginThrottle },
    { provide: SESSION_LIFETIME, inject: [PREAU_CONFIG], useFactory: (config: PreauConfig) => config.session },
    LogInHandler,
    LogOutHandler,
    ChangePasswordHandler,
    CreateAccountHandler,
    SetAccountBlockedHandler,
    AuthenticateSessionHandler,
    IsSessionActiveHandler,
    GetMeHandler,
    LoginStrategy,
    SessionStrategy,
  ],
})
export class IdentityModule {}
