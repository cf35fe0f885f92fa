import { createHash, randomBytes, randomInt } from 'node:crypto';

/** 256 random bits, URL-safe: the session token only the browser holds. */
export function newSecret(): string {
  return randomBytes(32).toString('base64url');
}

export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

const TEMPORARY_ALPHABET = 'abcdefghjkmnpqrstuvwxyz23456789';

/** An adult's temporary password after a reset: 12 random characters without look-alikes, grouped by 4 (about 59 bits). */
export function newTemporaryPassword(): string {
  let password = '';
  for (let i = 0; i < 12; i++) password += (i > 0 && i % 4 === 0 ? '-' : '') + TEMPORARY_ALPHABET[randomInt(TEMPORARY_ALPHABET.length)];
  return password;
}
