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

/** Integration events of the identity context (payloads travel through the outbox). */
export const IdentityEvents = {
  LoggedIn: defineEvent<AccountEventPayload>('identity.logged-in'),
  LoginFailed: defineEvent<LoginFailedPayload>('identity.login-failed'),
  LoggedOut: defineEvent<AccountEventPayload>('identity.logged-out'),
  PasswordChanged: defineEvent<PasswordChangedPayload>('identity.password-changed'),
  AccountBlocked: defineEvent<AccountEventPayload>('identity.account-blocked'),
  AccountUnblocked: defineEvent<AccountEventPayload>('identity.account-unblocked'),
} as const;
