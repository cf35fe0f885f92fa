import type { Role } from '@preau/contracts';
import { checkRule, type Id, rule } from '@preau/kernel';

/**
 * A person as the directory knows them (docs/product/brief.md, Administration console): their role, their names
 * as the register gives them, an INE and a birth date for pupils (what an import matches on), an e-mail for adults.
 *
 * `displayName` is what everyone else sees: "Prénom NOM" as given (`firstName` and the usual name, else the last
 * name). It is stored, so the demo's people keep theirs ("Léa Martin"); changing the names derives it again.
 */
export interface PersonDetails {
  firstName: string;
  lastName: string;
  usualName?: string | null;
  ine?: string | null;
  /** YYYY-MM-DD. */
  birthDate?: string | null;
  email?: string | null;
}

export const PERSON_RULES = {
  NameMustBeGiven: 'VALIDATION_FAILED',
  IneMustBeWellFormed: 'VALIDATION_FAILED',
  BirthDateMustBeADate: 'VALIDATION_FAILED',
  EmailMustBeWellFormed: 'VALIDATION_FAILED',
} as const;

const NAME_MAX = 100;
/** The INE: 11 characters, digits then one or two check letters (INE-RNIE "1234567890A", INE-BEA "123456789AB"). */
const INE = /^[0-9]{9}[0-9A-Z][A-Z]$/;
const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const EMAIL = /^[^\s@<>]+@[^\s@<>]+\.[^\s@<>]+$/;

function clean(value: string | null | undefined): string | null {
  const trimmed = value?.trim().replace(/\s+/g, ' ');
  return trimmed ? trimmed : null;
}

function isCalendarDate(value: string): boolean {
  const m = DATE.exec(value);
  if (!m) return false;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return d.getUTCFullYear() === Number(m[1]) && d.getUTCMonth() === Number(m[2]) - 1 && d.getUTCDate() === Number(m[3]);
}

/** Checks and normalises details: names trimmed, INE upper-cased, e-mail lower-cased. */
export function normaliseDetails(details: PersonDetails): Required<PersonDetails> {
  const firstName = clean(details.firstName) ?? '';
  const lastName = clean(details.lastName) ?? '';
  const usualName = clean(details.usualName);
  const ine = clean(details.ine)?.toUpperCase() ?? null;
  const birthDate = clean(details.birthDate);
  const email = clean(details.email)?.toLowerCase() ?? null;
  const tooLong = (s: string | null) => (s?.length ?? 0) > NAME_MAX;
  checkRule(
    rule(
      'NameMustBeGiven',
      PERSON_RULES.NameMustBeGiven,
      'A first and a last name (100 characters at most) are needed.',
      () => !firstName || !lastName || tooLong(firstName) || tooLong(lastName) || tooLong(usualName),
      'name',
    ),
  );
  checkRule(
    rule(
      'IneMustBeWellFormed',
      PERSON_RULES.IneMustBeWellFormed,
      'An INE has 11 characters: digits, then one or two letters.',
      () => ine !== null && !INE.test(ine),
      'ine',
    ),
  );
  checkRule(
    rule(
      'BirthDateMustBeADate',
      PERSON_RULES.BirthDateMustBeADate,
      'A birth date is a day of the calendar (YYYY-MM-DD).',
      () => birthDate !== null && !isCalendarDate(birthDate),
      'birthDate',
    ),
  );
  checkRule(
    rule(
      'EmailMustBeWellFormed',
      PERSON_RULES.EmailMustBeWellFormed,
      'This e-mail address is not valid.',
      () => email !== null && (email.length > 254 || !EMAIL.test(email)),
      'email',
    ),
  );
  return { firstName, lastName, usualName, ine, birthDate, email };
}

/** "Prénom NOM" as given: the usual name when the register has one. */
export function displayNameOf(details: Pick<PersonDetails, 'firstName' | 'lastName' | 'usualName'>): string {
  return `${details.firstName} ${details.usualName || details.lastName}`.slice(0, 200);
}

export class Person {
  constructor(
    readonly id: Id,
    readonly role: Role,
    public displayName: string,
    public firstName: string,
    public lastName: string,
    public usualName: string | null = null,
    public ine: string | null = null,
    public birthDate: string | null = null,
    public email: string | null = null,
  ) {}

  static register(id: Id, role: Role, details: PersonDetails): Person {
    const d = normaliseDetails(details);
    return new Person(id, role, displayNameOf(d), d.firstName, d.lastName, d.usualName, d.ine, d.birthDate, d.email);
  }

  /**
   * The register's details replace the stored ones. An INE or an e-mail the new details leave out is kept (a file
   * without the column does not erase it). Returns whether anything changed.
   */
  update(details: PersonDetails): boolean {
    const d = normaliseDetails(details);
    const next = {
      firstName: d.firstName,
      lastName: d.lastName,
      usualName: d.usualName,
      ine: d.ine ?? this.ine,
      birthDate: d.birthDate ?? this.birthDate,
      email: d.email ?? this.email,
    };
    const changed = (Object.keys(next) as (keyof typeof next)[]).some((k) => next[k] !== this[k]);
    if (!changed) return false;
    const renamed =
      next.firstName !== this.firstName || next.lastName !== this.lastName || next.usualName !== this.usualName;
    Object.assign(this, next);
    if (renamed) this.displayName = displayNameOf(next);
    return true;
  }
}
