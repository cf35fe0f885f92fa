import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { existsSync, linkSync, mkdirSync, readFileSync, unlinkSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

/** Links signed in the current windows, kept to sign each once (a bounded memo, emptied when full). */
const SIGNED_CACHE_SIZE = 20_000;

export type LinkCheck = { ok: true; subject: string } | { ok: false; why: 'invalid' | 'expired' };

/**
 * Short-lived links that work without the session cookie (for <img>, <video>, native players):
 * `<subject>.<expiry>.<hmac>` in base64url. Expiries are rounded up to a window so that the same file
 * keeps the same URL for a while and browsers can cache it.
 */
export class SignedLinks {
  private readonly signed = new Map<string, string>();

  constructor(
    private readonly secret: string,
    private readonly now: () => number = Date.now,
  ) {
    if (secret.length < 32) throw new Error('the signing secret needs at least 32 characters');
  }

  sign(subject: string, ttlMs: number, windowMs = 15 * 60_000): string {
    const expires = Math.ceil((this.now() + ttlMs) / windowMs) * windowMs;
    const body = `${Buffer.from(subject).toString('base64url')}.${expires.toString(36)}`;
    // Within a window the link is the same (that is what lets browsers cache it): computed once, then reused.
    let token = this.signed.get(body);
    if (token === undefined) {
      token = `${body}.${this.mac(body)}`;
      if (this.signed.size >= SIGNED_CACHE_SIZE) this.signed.clear();
      this.signed.set(body, token);
    }
    return token;
  }

  verify(token: string): LinkCheck {
    const parts = token.split('.');
    if (parts.length !== 3 || token.length > 1000) return { ok: false, why: 'invalid' };
    const body = `${parts[0]}.${parts[1]}`;
    const given = Buffer.from(parts[2]);
    const expected = Buffer.from(this.mac(body));
    if (given.length !== expected.length || !timingSafeEqual(given, expected)) return { ok: false, why: 'invalid' };
    if (parseInt(parts[1], 36) < this.now()) return { ok: false, why: 'expired' };
    return { ok: true, subject: Buffer.from(parts[0], 'base64url').toString() };
  }

  private mac(body: string): string {
    return createHmac('sha256', this.secret).update(body).digest('base64url');
  }
}

/**
 * The configured secret, or (outside production) one made once and kept under PREAU_DATA_DIR so that
 * links survive restarts and every process of one machine agrees on it.
 */
export function resolveSigningSecret(configured: string | undefined, dataDir: string): string {
  if (configured) return configured;
  const file = join(dataDir, 'signing-secret');
  if (!existsSync(file)) {
    mkdirSync(dirname(file), { recursive: true });
    // Written whole under a temporary name, then linked into place: a process starting at the same time
    // either wins or reads the winner's complete secret, never an empty file.
    const temp = `${file}.${process.pid}.${randomBytes(4).toString('hex')}`;
    writeFileSync(temp, randomBytes(32).toString('base64url'), { mode: 0o600 });
    try {
      linkSync(temp, file);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    } finally {
      unlinkSync(temp);
    }
  }
  return readFileSync(file, 'utf8').trim();
}

export const SIGNED_LINKS = Symbol('SignedLinks');
