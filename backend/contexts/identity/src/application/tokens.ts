import { createHash, randomBytes } from 'node:crypto';

/** 256 random bits, URL-safe: the session token only the browser holds. */
export function newSecret(): string {
  return randomBytes(32).toString('base64url');
}

export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}
