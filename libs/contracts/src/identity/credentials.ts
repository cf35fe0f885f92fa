/**
 * Identity's credentials language (issue 11, decision 0010): accounts opened in bulk by an import, first
 * passwords a child can type, single-use activation codes for adults, QR cards for young pupils, resets.
 * First passwords, activation codes and card secrets are derived (HMAC of the platform's signing secret,
 * the account and a version), never stored: printing again shows the same ones; reissuing bumps the version,
 * which revokes the old ones.
 */
import { Command, Query } from '../messages';
import type { Page } from '../paging';
import type { Role } from './index';

export interface AccountToOpen {
  /** The directory person's id (an account and its person share it). */
  id: string;
  role: Role;
  displayName: string;
  /** The login is made from these: lower-case ASCII "prenom.nom", a number added on collision. */
  firstName: string;
  lastName: string;
}

/**
 * Opens accounts for new people (an import) → their logins, in the order given. A pupil gets a first password,
 * an adult an activation code (valid 60 days by default). Server-side only, never a route: the caller
 * (administration) has checked that the actor administers the school.
 */
export class OpenAccountsCommand extends Command<{ id: string; login: string }[]> {
  constructor(readonly accounts: AccountToOpen[]) {
    super();
  }
}

/** What a login sheet or a family letter prints for one account. */
export interface PrintableCredentials {
  id: string;
  login: string;
  displayName: string;
  role: Role;
  /** A pupil who has not chosen a password yet: the first password (null once they changed it). */
  firstPassword: string | null;
  /** A pupil: what the card's QR code holds (null when the pupil has no card yet). */
  cardToken: string | null;
  /** An adult who has not activated the account: the code, and until when it works (ISO). */
  activationCode: string | null;
  activationExpiresAt: string | null;
}

/**
 * The credentials to print for these accounts, as they stand (printing twice prints the same) →
 * PrintableCredentials[] in the order given. Refused unless `MayManageAccountsQuery(actor, ids, 'print')` allows all.
 */
export class GetPrintableCredentialsQuery extends Query<PrintableCredentials[]> {
  constructor(
    readonly actorId: string,
    readonly accountIds: string[],
  ) {
    super();
  }
}

/**
 * New cards for these pupils (the old cards stop working at once) → the new credentials. A teacher for the
 * pupils of their classes, the school's directors, the academy's administrators. Audited.
 */
export class ReissueCardsCommand extends Command<PrintableCredentials[]> {
  constructor(
    readonly actorId: string,
    readonly pupilIds: string[],
  ) {
    super();
  }
}

/** New activation codes for these adults who have not activated their account yet (older codes stop working). */
export class ReissueActivationCodesCommand extends Command<PrintableCredentials[]> {
  constructor(
    readonly actorId: string,
    readonly accountIds: string[],
  ) {
    super();
  }
}

/** The answer of POST /admin/users/:id/password-reset. */
export interface PasswordResetResult {
  id: string;
  login: string;
  /** What to give the person: a pupil's new first password, an adult's temporary one. */
  temporaryPassword: string;
  /** Adults must choose a new password at their next login. */
  mustChangePassword: boolean;
  /** A pupil's new card (the old one is revoked). */
  cardToken: string | null;
}

/** POST /auth/activate: a parent (or teacher, director) opens their account with the code of their letter. */
export interface ActivateAccountRequest {
  code: string;
  password: string;
  /** Optional, for later notifications (verified by a link when notifications come). */
  email?: string;
}

/** POST /auth/card: a pupil logs in with the QR code of their card. */
export interface CardLoginRequest {
  token: string;
}

/**
 * Accounts among `ids` whose display name or login matches `q` (accent- and case-insensitive), by display name
 * → a page. Server-side: the administration context passes the ids its caller may see.
 */
export class SearchAccountsQuery extends Query<Page<AccountSummaryForAdmin>> {
  constructor(
    readonly ids: string[],
    readonly q: string | null,
    readonly cursor: string | null,
    readonly limit: number,
  ) {
    super();
  }
}

export interface AccountSummaryForAdmin {
  id: string;
  login: string;
  displayName: string;
  role: Role;
  blocked: boolean;
  pendingActivation: boolean;
}
