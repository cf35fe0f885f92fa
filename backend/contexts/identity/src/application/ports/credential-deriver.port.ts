import type { Id } from '@preau/kernel';

/**
 * Derives the credentials identity prints but never stores (decision 0010): an HMAC of the platform's signing
 * secret, under a label per purpose, of the account id and a version kept on the account.
 */
export interface CredentialDeriver {
  /** A child's first password: two short French words and two digits, lower case ("lapin-vert-42"). */
  firstPassword(accountId: Id, version: number): string;
  /** An adult's activation code: 12 characters of ACTIVATION_ALPHABET, without dashes. */
  activationCode(accountId: Id, version: number): string;
  /** A short HMAC of a normalised code, kept on the account to find it from the code alone. */
  activationLookup(code: string): string;
  /** A card's secret: base64url, 192 bits. */
  cardSecret(accountId: Id, version: number): string;
  /** Constant-time comparison of a given credential with the expected one. */
  same(given: string, expected: string): boolean;
}

export const CREDENTIAL_DERIVER = Symbol('CredentialDeriver');

/** What a card's QR code holds: `PC1.<account id>.<secret>`. */
export function cardToken(accountId: Id, secret: string): string {
  return `PC1.${accountId}.${secret}`;
}

const CARD_TOKEN = /^PC1\.([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})\.([A-Za-z0-9_-]{16,100})$/i;

/** The account and secret a card token names, or null when it is not a card token. */
export function parseCardToken(token: string): { accountId: Id; secret: string } | null {
  const match = CARD_TOKEN.exec(token.trim());
  return match ? { accountId: (match[1] as string).toLowerCase(), secret: match[2] as string } : null;
}
