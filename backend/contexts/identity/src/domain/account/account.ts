import type { Role } from '@preau/contracts';
import { AggregateRoot, checkRule, type Id, rule } from '@preau/kernel';

export const LOGIN_PATTERN = /^[a-z0-9][a-z0-9._-]{1,98}[a-z0-9]$/;

/** A person's way in: one login, one role (a teacher who is also a parent has two accounts). */
export class Account extends AggregateRoot {
  constructor(
    readonly id: Id,
    readonly login: string,
    public displayName: string,
    readonly role: Role,
    public passwordHash: string,
    public blocked: boolean,
    readonly createdAt: Date,
    public passwordChangedAt: Date,
  ) {
    super();
  }

  static open(props: { id: Id; login: string; displayName: string; role: Role; passwordHash: string; now: Date }): Account {
    const login = Account.normaliseLogin(props.login);
    checkRule(rule('LoginIsWellFormed', 'VALIDATION_FAILED', 'A login is 3 to 100 lower-case letters, digits, dots, dashes or underscores.', () => !LOGIN_PATTERN.test(login)));
    checkRule(rule('DisplayNameIsGiven', 'VALIDATION_FAILED', 'A display name is required.', () => props.displayName.trim().length === 0));
    return new Account(props.id, login, props.displayName.trim(), props.role, props.passwordHash, false, props.now, props.now);
  }

  static normaliseLogin(login: string): string {
    return login.trim().toLowerCase();
  }

  changePassword(newHash: string, now: Date): void {
    this.passwordHash = newHash;
    this.passwordChangedAt = now;
  }

  block(): void {
    this.blocked = true;
  }

  unblock(): void {
    this.blocked = false;
  }
}
