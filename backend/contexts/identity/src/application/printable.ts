import type { PrintableCredentials } from '@preau/contracts';
import type { Account } from '../domain/account/account';
import { formatActivationCode } from '../domain/account/activation-code';
import { cardToken, type CredentialDeriver } from './ports/credential-deriver.port';

/** The credentials of an account as they stand, derived again (printing twice prints the same: decision 0010). */
export function printable(account: Account, deriver: CredentialDeriver): PrintableCredentials {
  const pending = account.isPendingActivation() && account.activationVersion !== null;
  return {
    id: account.id,
    login: account.login,
    displayName: account.displayName,
    role: account.role,
    firstPassword: account.isPupil() && account.firstPasswordVersion !== null ? deriver.firstPassword(account.id, account.firstPasswordVersion) : null,
    cardToken: account.isPupil() && account.cardVersion !== null ? cardToken(account.id, deriver.cardSecret(account.id, account.cardVersion)) : null,
    activationCode: pending ? formatActivationCode(deriver.activationCode(account.id, account.activationVersion as number)) : null,
    activationExpiresAt: pending ? (account.activationExpiresAt?.toISOString() ?? null) : null,
  };
}

/** The accounts in the order of `ids`; NOT_FOUND-worthy ids are the caller's to refuse before. */
export function inOrder(accounts: Account[], ids: string[]): Account[] {
  const byId = new Map(accounts.map((a) => [a.id, a]));
  return ids.map((id) => byId.get(id)).filter((a): a is Account => a !== undefined);
}
