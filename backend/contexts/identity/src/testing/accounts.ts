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
