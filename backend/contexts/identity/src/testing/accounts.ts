import type { Role } from '@preau/contracts';
import { Account } from '../domain/account/account';

export const OPENED_AT = new Date('2026-09-01T06:00:00Z');

/** An open account whose password is `password` for the FakePasswordHasher. */
export function account(id: string, role: Role = 'TEACHER', password = 'cheval-batterie-agrafe'): Account {
  return Account.open({
    id,
    login: id,
    displayName: `Name of ${id}`,
    role,
    passwordHash: `hashed:${password}`,
    now: OPENED_AT,
  });
}

/** Ids as the directory gives them (card tokens name a uuid). */
export const IDS = {
  lea: '0a7f0000-0000-4000-8000-00000000000a',
  hugo: '0a7f0000-0000-4000-8000-00000000000b',
  tom: '0a7f0000-0000-4000-8000-00000000000c',
  parentLea: '0a7f0000-0000-4000-8000-0000000000a1',
  teacher: '0a7f0000-0000-4000-8000-0000000000f1',
  director: '0a7f0000-0000-4000-8000-0000000000d1',
} as const;

/** A pupil opened by an import: first password and card version 1, no password of their own. */
export function openedPupil(id: string, login: string, displayName = `Name of ${login}`): Account {
  return Account.openWithoutPassword({ id, login, displayName, role: 'PUPIL', now: OPENED_AT });
}

/** An adult opened by an import, waiting for activation with code version 1 (lookup as the deriver makes it). */
export function pendingAdult(id: string, login: string, lookup: (version: number) => string, expiresAt: Date, role: Role = 'PARENT'): Account {
  const adult = Account.openWithoutPassword({ id, login, displayName: `Name of ${login}`, role, now: OPENED_AT });
  adult.issueActivation(lookup, expiresAt);
  return adult;
}
