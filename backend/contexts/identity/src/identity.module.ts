import { MikroOrmModule } from '@mikro-orm/nestjs';
import { Module } from '@nestjs/common';
import { PREAU_CONFIG, type PreauConfig, resolveSigningSecret } from '@preau/platform';
import { ActivateAccountHandler } from './application/commands/activate-account/activate-account.handler';
import { LogInWithCardHandler } from './application/commands/log-in-with-card/log-in-with-card.handler';
import { OpenAccountsHandler } from './application/commands/open-accounts/open-accounts.handler';
import { ReissueActivationCodesHandler } from './application/commands/reissue-activation-codes/reissue-activation-codes.handler';
import { ReissueCardsHandler } from './application/commands/reissue-cards/reissue-cards.handler';
import { ResetPasswordHandler } from './application/commands/reset-password/reset-password.handler';
import { ACCOUNT_SEARCH_READ_MODEL } from './application/ports/account-search.read-model';
import { ACTIVATION_VALIDITY } from './application/ports/activation-validity.port';
import { CREDENTIAL_DERIVER } from './application/ports/credential-deriver.port';
import { GetPrintableCredentialsHandler } from './application/queries/get-printable-credentials/get-printable-credentials.handler';
import { SearchAccountsHandler } from './application/queries/search-accounts/search-accounts.handler';
import { HmacCredentialDeriver } from './infrastructure/hmac-credential-deriver';
import { SqlAccountSearchReadModel } from './infrastructure/persistence/sql-account-search.read-model';
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
    { provide: ACTIVATION_VALIDITY, inject: [PREAU_CONFIG], useFactory: (config: PreauConfig) => config.accounts },
    // The platform's signing secret, as the media's signed links use it (decision 0010: derived credentials).
    { provide: CREDENTIAL_DERIVER, inject: [PREAU_CONFIG], useFactory: (config: PreauConfig) => new HmacCredentialDeriver(resolveSigningSecret(config.media.signingSecret, config.dataDir)) },
    { provide: ACCOUNT_SEARCH_READ_MODEL, useClass: SqlAccountSearchReadModel },
    LogInHandler,
    LogOutHandler,
    ChangePasswordHandler,
    CreateAccountHandler,
    SetAccountBlockedHandler,
    AuthenticateSessionHandler,
    IsSessionActiveHandler,
    GetMeHandler,
    OpenAccountsHandler,
    GetPrintableCredentialsHandler,
    ReissueCardsHandler,
    ReissueActivationCodesHandler,
    ResetPasswordHandler,
    ActivateAccountHandler,
    LogInWithCardHandler,
    SearchAccountsHandler,
    LoginStrategy,
    SessionStrategy,
  ],
})
export class IdentityModule {}
