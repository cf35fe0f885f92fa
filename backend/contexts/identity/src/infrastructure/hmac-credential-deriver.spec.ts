import { normaliseActivationCode, formatActivationCode } from '../domain/account/activation-code';
import { cardToken, parseCardToken } from '../application/ports/credential-deriver.port';
import { FIRST_PASSWORD_WORDS } from './first-password-words';
import { HmacCredentialDeriver } from './hmac-credential-deriver';

const LEA = '0a7f0000-0000-4000-8000-00000000000a';
const HUGO = '0a7f0000-0000-4000-8000-00000000000b';

describe('HmacCredentialDeriver', () => {
  const deriver = new HmacCredentialDeriver('a-test-signing-secret-of-32-characters-at-least');
  const other = new HmacCredentialDeriver('another-signing-secret-of-32-characters-at-least');

  it('refuses a secret shorter than 32 characters', () => {
    expect(() => new HmacCredentialDeriver('short')).toThrow(/32 characters/);
  });

  it('derives the same credentials every time (printing twice prints the same)', () => {
    expect(deriver.firstPassword(LEA, 1)).toBe(new HmacCredentialDeriver('a-test-signing-secret-of-32-characters-at-least').firstPassword(LEA, 1));
    expect(deriver.activationCode(LEA, 1)).toBe(deriver.activationCode(LEA, 1));
    expect(deriver.cardSecret(LEA, 1)).toBe(deriver.cardSecret(LEA, 1));
  });

  it('changes with the version, the account and the secret (a new version revokes the old)', () => {
    for (const derive of [
      (d: HmacCredentialDeriver, id: string, v: number) => d.firstPassword(id, v),
      (d: HmacCredentialDeriver, id: string, v: number) => d.activationCode(id, v),
      (d: HmacCredentialDeriver, id: string, v: number) => d.cardSecret(id, v),
    ]) {
      const values = new Set([derive(deriver, LEA, 1), derive(deriver, LEA, 2), derive(deriver, HUGO, 1), derive(other, LEA, 1)]);
      expect(values.size).toBe(4);
    }
  });

  it('keeps purposes apart: a card secret says nothing of the first password', () => {
    expect(deriver.cardSecret(LEA, 1)).not.toContain(deriver.firstPassword(LEA, 1).split('-')[0]);
    expect(deriver.activationLookup(deriver.activationCode(LEA, 1))).not.toBe(deriver.activationCode(LEA, 1));
  });

  it('gives a child two different short French words and two digits, lower-case ASCII', () => {
    for (let v = 1; v <= 300; v++) {
      const password = deriver.firstPassword(LEA, v);
      expect(password).toMatch(/^[a-z]+-[a-z]+-\d\d$/);
      const [first, second] = password.split('-');
      expect(first).not.toBe(second);
      expect(FIRST_PASSWORD_WORDS).toContain(first);
      expect(FIRST_PASSWORD_WORDS).toContain(second);
    }
  });

  it('has 256 distinct words a child can type', () => {
    expect(new Set(FIRST_PASSWORD_WORDS).size).toBe(256);
    for (const word of FIRST_PASSWORD_WORDS) expect(word).toMatch(/^[a-z]{2,8}$/);
  });

  it('gives an adult 12 characters without look-alikes, printed XXXX-XXXX-XXXX', () => {
    const codes = new Set<string>();
    for (let v = 1; v <= 200; v++) {
      const code = deriver.activationCode(HUGO, v);
      expect(code).toMatch(/^[ABCDEFGHJKMNPQRSTUVWXYZ23456789]{12}$/);
      codes.add(code);
    }
    expect(codes.size).toBe(200);
    expect(formatActivationCode('ABCDEFGHJKMN')).toBe('ABCD-EFGH-JKMN');
  });

  it('makes card secrets of at least 128 bits, base64url, in a PC1 token naming the account', () => {
    const secret = deriver.cardSecret(LEA, 1);
    expect(secret).toMatch(/^[A-Za-z0-9_-]{32}$/);
    expect(Buffer.from(secret, 'base64url').length * 8).toBeGreaterThanOrEqual(128);
    const token = cardToken(LEA, secret);
    expect(token).toBe(`PC1.${LEA}.${secret}`);
    expect(parseCardToken(` ${token} `)).toEqual({ accountId: LEA, secret });
  });

  it.each(['', 'PC2.x.y', `PC1.not-a-uuid.${'a'.repeat(32)}`, `PC1.${LEA}.`, `PC1.${LEA}.short`, `PC1.${LEA}.${'a'.repeat(32)}.more`])('is not fooled by %p as a card token', (token) => {
    expect(parseCardToken(token)).toBeNull();
  });

  it('compares in constant time, refusing a different length or content', () => {
    expect(deriver.same('lapin-vert-42', 'lapin-vert-42')).toBe(true);
    expect(deriver.same('lapin-vert-43', 'lapin-vert-42')).toBe(false);
    expect(deriver.same('lapin-vert-4', 'lapin-vert-42')).toBe(false);
  });
});

describe('normaliseActivationCode', () => {
  it.each([
    ['ABCD-EFGH-JKMN', 'ABCDEFGHJKMN'],
    ['abcd efgh jkmn', 'ABCDEFGHJKMN'],
    [' abcdefghjkmn ', 'ABCDEFGHJKMN'],
    ['AbCd–EfGh—JkMn', 'ABCDEFGHJKMN'],
  ])('accepts %p', (input, code) => {
    expect(normaliseActivationCode(input)).toBe(code);
  });

  it.each(['ABCD-EFGH-JKM', 'ABCD-EFGH-JKMNP', 'ABCD-EFGH-JKM0', 'ABCD-EFGH-JKMI', '', '<script>'])('refuses %p', (input) => {
    expect(normaliseActivationCode(input)).toBeNull();
  });
});
