import { defineEvent } from '../events';

export interface AccountEventPayload {
  accountId: string;
}
export interface LoginFailedPayload {
  login: string;
  accountId: string | null;
  reason?: 'blocked';
}
export interface PasswordChangedPayload extends AccountEventPayload {
  /** Sessions ended by the change (every other one of the account). */
  endedSessions: number;
}

export interface AccountsOpenedPayload {
  accountIds: string[];
}
export interface AccountActedOnPayload extends AccountEventPayload {
  /** The administrator (or teacher) who acted. */
  actorId: string;
}
export interface CardLoginFailedPayload {
  accountId: string | null;
  reason: 'unknown' | 'revoked' | 'not-a-pupil' | 'blocked';
}

/** Integration events of the identity context (payloads travel through the outbox). */
export const IdentityEvents = {
  LoggedIn: defineEvent<AccountEventPayload>('identity.logged-in'),
  LoginFailed: defineEvent<LoginFailedPayload>('identity.login-failed'),
  LoggedOut: defineEvent<AccountEventPayload>('identity.logged-out'),
  PasswordChanged: defineEvent<PasswordChangedPayload>('identity.password-changed'),
  AccountBlocked: defineEvent<AccountEventPayload>('identity.account-blocked'),
  AccountUnblocked: defineEvent<AccountEventPayload>('identity.account-unblocked'),
  AccountsOpened: defineEvent<AccountsOpenedPayload>('identity.accounts-opened'),
  AccountActivated: defineEvent<AccountEventPayload>('identity.account-activated'),
  PasswordReset: defineEvent<AccountActedOnPayload>('identity.password-reset'),
  CardReissued: defineEvent<AccountActedOnPayload>('identity.card-reissued'),
  ActivationCodeReissued: defineEvent<AccountActedOnPayload>('identity.activation-code-reissued'),
  LoggedInWithCard: defineEvent<AccountEventPayload>('identity.logged-in-with-card'),
  CardLoginFailed: defineEvent<CardLoginFailedPayload>('identity.card-login-failed'),
} as const;
