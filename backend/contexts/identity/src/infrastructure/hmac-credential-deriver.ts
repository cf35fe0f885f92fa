import { createHmac, timingSafeEqual } from 'node:crypto';
import type { Id } from '@preau/kernel';
import type { CredentialDeriver } from '../application/ports/credential-deriver.port';
import { ACTIVATION_ALPHABET, ACTIVATION_CODE_LENGTH } from '../domain/account/activation-code';
import { FIRST_PASSWORD_WORDS } from './first-password-words';

/** One label per purpose: a first password never reveals a card secret or a code (decision 0010). */
const LABELS = {
  firstPassword: 'preau/identity/first-password/v1',
  activationCode: 'preau/identity/activation-code/v1',
  activationLookup: 'preau/identity/activation-lookup/v1',
  cardSecret: 'preau/identity/card-secret/v1',
} as const;

/**
 * HMAC-SHA256 under per-purpose keys derived from the platform's signing secret (`PREAU_SIGNING_SECRET`, or the
 * one kept under PREAU_DATA_DIR outside production). Changing the secret changes every printed credential.
 */
export class HmacCredentialDeriver implements CredentialDeriver {
  private readonly keys: Record<keyof typeof LABELS, Buffer>;

  constructor(secret: string) {
    if (secret.length < 32) throw new Error('the signing secret needs at least 32 characters');
    this.keys = {
      firstPassword: createHmac('sha256', secret).update(LABELS.firstPassword).digest(),
      activationCode: createHmac('sha256', secret).update(LABELS.activationCode).digest(),
      activationLookup: createHmac('sha256', secret).update(LABELS.activationLookup).digest(),
      cardSecret: createHmac('sha256', secret).update(LABELS.cardSecret).digest(),
    };
  }

  firstPassword(accountId: Id, version: number): string {
    const mac = this.mac('firstPassword', accountId, version);
    const first = mac[0] as number;
    let second = mac[1] as number;
    // Two different words: "lapin-lapin" would look like a mistake on the sheet.
    if (second === first) second = (second + 1) % FIRST_PASSWORD_WORDS.length;
    const digits = String(mac.readUInt16BE(2) % 100).padStart(2, '0');
    return `${FIRST_PASSWORD_WORDS[first]}-${FIRST_PASSWORD_WORDS[second]}-${digits}`;
  }

  activationCode(accountId: Id, version: number): string {
    // 128 bits of the MAC in base 31: the bias of the last division is below 2^-60.
    let n = BigInt(`0x${this.mac('activationCode', accountId, version).subarray(0, 16).toString('hex')}`);
    const base = BigInt(ACTIVATION_ALPHABET.length);
    let code = '';
    for (let i = 0; i < ACTIVATION_CODE_LENGTH; i++) {
      code += ACTIVATION_ALPHABET[Number(n % base)];
      n /= base;
    }
    return code;
  }

  activationLookup(code: string): string {
    return createHmac('sha256', this.keys.activationLookup).update(code).digest('hex').slice(0, 32);
  }

  cardSecret(accountId: Id, version: number): string {
    return this.mac('cardSecret', accountId, version).subarray(0, 24).toString('base64url');
  }

  same(given: string, expected: string): boolean {
    const a = Buffer.from(given);
    const b = Buffer.from(expected);
    // Compared in constant time; a different length only says the length is wrong.
    return a.length === b.length && timingSafeEqual(a, b);
  }

  private mac(purpose: keyof typeof LABELS, accountId: Id, version: number): Buffer {
    return createHmac('sha256', this.keys[purpose]).update(`${accountId.toLowerCase()}|${version}`).digest();
  }
}
