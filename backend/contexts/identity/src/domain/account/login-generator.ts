import { LOGIN_PATTERN } from './account';

/** Longest base: room for a collision number within the 100 characters of a login. */
const MAX_BASE = 90;

/** Lower-case ASCII of a name part: ligatures spelt out, accents dropped, apostrophes removed. */
function ascii(value: string): string {
  return value
    .toLowerCase()
    .replace(/œ/g, 'oe')
    .replace(/æ/g, 'ae')
    .replace(/ß/g, 'ss')
    .replace(/ø/g, 'o')
    .replace(/đ/g, 'd')
    .replace(/ł/g, 'l')
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/['’ʼ`´‘]/g, '');
}

function tidy(value: string): string {
  return value.replace(/[^a-z0-9-]+/g, '').replace(/-{2,}/g, '-').replace(/^-+|-+$/g, '');
}

/** A first name: words joined by dashes ("Marie Claire" → "marie-claire", "Zoé" → "zoe"). */
export function firstNamePart(firstName: string): string {
  return tidy(ascii(firstName).trim().replace(/[\s_]+/g, '-'));
}

/**
 * A last name: words (particles included) joined together, dashes kept ("de La Fontaine" → "delafontaine",
 * "N'DIAYE" → "ndiaye", "DUPONT-MOREAU" → "dupont-moreau").
 */
export function lastNamePart(lastName: string): string {
  return tidy(ascii(lastName).replace(/[\s_]+/g, ''));
}

/** "prénom.nom" in lower-case ASCII, as LOGIN_PATTERN allows, before any collision number. */
export function loginBase(firstName: string, lastName: string): string {
  const parts = [firstNamePart(firstName), lastNamePart(lastName)].filter((p) => p.length > 0);
  let base = parts.join('.').slice(0, MAX_BASE).replace(/[.-]+$/, '');
  if (base.length < 3) base = base ? `${base}.eleve`.slice(0, MAX_BASE) : 'compte';
  return LOGIN_PATTERN.test(base) ? base : 'compte';
}

/**
 * Logins for a batch of people, in their order, without collisions with `taken` (the existing logins that start
 * with one of the bases: `AccountRepository.loginsLike`) nor with each other: chloe.leroy, chloe.leroy2, chloe.leroy3…
 * (docs/product/brief.md, Administration console).
 */
export class LoginGenerator {
  /** The bases to look up in one query before `generate`. */
  static basesOf(people: { firstName: string; lastName: string }[]): string[] {
    return [...new Set(people.map((p) => loginBase(p.firstName, p.lastName)))];
  }

  static generate(people: { firstName: string; lastName: string }[], taken: Iterable<string>): string[] {
    const used = new Set(taken);
    return people.map((person) => {
      const base = loginBase(person.firstName, person.lastName);
      let login = base;
      for (let n = 2; used.has(login); n++) login = `${base}${n}`;
      used.add(login);
      return login;
    });
  }
}
