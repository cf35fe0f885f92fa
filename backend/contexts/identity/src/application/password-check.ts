import type { Account } from '../domain/account/account';
import type { CredentialDeriver } from './ports/credential-deriver.port';
import type { PasswordHasher } from './ports/password-hasher.port';

/** argon2id hash of a random string nobody knows. */
export const DUMMY_HASH = '$argon2id$v=19$m=19456,t=2,p=1$c29tZXNhbHRzb21lc2FsdA$1n6LgtvEoPPLKx1bQmWzSSvgUQf1m9tsy7kN0gNYYqI';

/**
 * Does `password` open this account? A chosen password is checked against its argon2id hash; a pupil's first
 * password is derived again and compared in constant time (decision 0010). An account waiting for activation has
 * no password at all. Every path costs one argon2 verification, so that timing tells nothing about the account.
 */
export async function passwordOpens(account: Account | null, password: string, hasher: PasswordHasher, deriver: CredentialDeriver): Promise<boolean> {
  if (account?.firstPasswordVersion != null) {
    await hasher.verify(DUMMY_HASH, password);
    return deriver.same(password.trim().toLowerCase(), deriver.firstPassword(account.id, account.firstPasswordVersion));
  }
  if (!account?.passwordHash) {
    await hasher.verify(DUMMY_HASH, password);
    return false;
  }
  return hasher.verify(account.passwordHash, password);
}
