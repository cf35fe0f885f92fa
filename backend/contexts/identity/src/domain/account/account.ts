import type { Role } from '@preau/contracts';
import { AggregateRoot, checkRule, type Id, rule } from '@preau/kernel';

export const LOGIN_PATTERN = /^[a-z0-9][a-z0-9._-]{1,98}[a-z0-9]$/;

/**
 * A person's way in: one login, one role (a teacher who is also a parent has two accounts).
 *
 * Credentials (docs/product/brief.md, Administration console; decision 0010): a chosen password is kept as an
 * argon2id hash. Before that, a pupil logs in with a first password and an adult activates the account with a
 * code; both are derived from the platform's secret, the account id and a version kept here, never stored. A
 * pupil's card is derived the same way from `cardVersion`. Bumping a version revokes what was printed before.
 */
export class Account extends AggregateRoot {
  /** After a reset by an administrator: the adult chooses a new password before anything else. */
  mustChangePassword = false;
  /** Non-null while the pupil still logs in with the derived first password of this version. */
  firstPasswordVersion: number | null = null;
  /** A pupil's card version (null: no card yet). Only ever grows. */
  cardVersion: number | null = null;
  /** The version of the adult's last activation code (kept after activation: versions never repeat). */
  activationVersion: number | null = null;
  /** Short HMAC of the pending activation code, to find the account from a code; null once activated. */
  activationLookup: string | null = null;
  activationExpiresAt: Date | null = null;
  activatedAt: Date | null = null;
  email: string | null = null;

  constructor(
    readonly id: Id,
    readonly login: string,
    public displayName: string,
    readonly role: Role,
    /** null: no password chosen yet (first password, activation pending); a password login is then refused. */
    public passwordHash: string | null,
    public blocked: boolean,
    readonly createdAt: Date,
    public passwordChangedAt: Date,
  ) {
    super();
  }

  static open(props: { id: Id; login: string; displayName: string; role: Role; passwordHash: string | null; now: Date }): Account {
    const login = Account.normaliseLogin(props.login);
    checkRule(rule('LoginIsWellFormed', 'VALIDATION_FAILED', 'A login is 3 to 100 lower-case letters, digits, dots, dashes or underscores.', () => !LOGIN_PATTERN.test(login)));
    checkRule(rule('DisplayNameIsGiven', 'VALIDATION_FAILED', 'A display name is required.', () => props.displayName.trim().length === 0));
    return new Account(props.id, login, props.displayName.trim(), props.role, props.passwordHash, false, props.now, props.now);
  }

  /**
   * An account opened by an import, without any password: a pupil gets first password and card version 1,
   * an adult waits for activation (the handler issues the code, `issueActivation`).
   */
  static openWithoutPassword(props: { id: Id; login: string; displayName: string; role: Role; now: Date }): Account {
    const account = Account.open({ ...props, passwordHash: null });
    if (account.isPupil()) {
      account.firstPasswordVersion = 1;
      account.cardVersion = 1;
    }
    return account;
  }

  static normaliseLogin(login: string): string {
    return login.trim().toLowerCase();
  }

  isPupil(): boolean {
    return this.role === 'PUPIL';
  }

  /** An adult who has not activated the account yet (a code is pending). */
  isPendingActivation(): boolean {
    return this.activationLookup !== null;
  }

  /** Choosing a password ends the first password, a pending activation and a required change. */
  changePassword(newHash: string, now: Date): void {
    this.passwordHash = newHash;
    this.passwordChangedAt = now;
    this.firstPasswordVersion = null;
    this.mustChangePassword = false;
  }

  /** A new activation code (the next version; the previous one stops working at once). Adults only. */
  issueActivation(lookup: (version: number) => string, expiresAt: Date): number {
    checkRule(rule('ActivationCodesAreForAdults', 'VALIDATION_FAILED', 'Pupils get a first password, not an activation code.', () => this.isPupil()));
    const version = (this.activationVersion ?? 0) + 1;
    this.activationVersion = version;
    this.activationLookup = lookup(version);
    this.activationExpiresAt = expiresAt;
    return version;
  }

  /** The adult chose a password with their code: the code is used up. */
  activate(passwordHash: string, email: string | null, now: Date): void {
    this.changePassword(passwordHash, now);
    this.activationLookup = null;
    this.activationExpiresAt = null;
    this.activatedAt = now;
    if (email) this.email = email;
  }

  /** A new card: the old one stops working at once. Pupils only. */
  reissueCard(): number {
    checkRule(rule('CardsAreForPupils', 'VALIDATION_FAILED', 'Only pupils have a card.', () => !this.isPupil()));
    this.cardVersion = (this.cardVersion ?? 0) + 1;
    return this.cardVersion;
  }

  /**
   * A pupil's reset: a new first password and a new card, whatever they had. The first password takes the new card's
   * version: card versions only grow, so a first password of an older sheet never comes back.
   */
  resetPupil(now: Date): void {
    const version = this.reissueCard();
    this.firstPasswordVersion = version;
    this.passwordHash = null;
    this.passwordChangedAt = now;
    this.mustChangePassword = false;
  }

  /** An adult's reset: a temporary password they must change at their next login; a pending code stops working. */
  resetAdult(temporaryHash: string, now: Date): void {
    this.passwordHash = temporaryHash;
    this.passwordChangedAt = now;
    this.mustChangePassword = true;
    this.activationLookup = null;
    this.activationExpiresAt = null;
  }

  block(): void {
    this.blocked = true;
  }

  unblock(): void {
    this.blocked = false;
  }
}
