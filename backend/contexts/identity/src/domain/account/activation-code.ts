/** The alphabet of activation codes: no look-alikes (no 0/O, 1/I/L), upper case (decision 0010). */
export const ACTIVATION_ALPHABET = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789';
export const ACTIVATION_CODE_LENGTH = 12;

const WELL_FORMED = new RegExp(`^[${ACTIVATION_ALPHABET}]{${ACTIVATION_CODE_LENGTH}}$`);

/**
 * A code as typed by a parent ("abcd efgh-jkmn", lower case, spaces or dashes anywhere) → its 12 characters, or
 * null when it cannot be a code at all.
 */
export function normaliseActivationCode(input: string): string | null {
  const code = input.replace(/[\s\-‐‑–—._]/g, '').toUpperCase();
  return WELL_FORMED.test(code) ? code : null;
}

/** As printed on the family letter: XXXX-XXXX-XXXX. */
export function formatActivationCode(code: string): string {
  return code.match(/.{1,4}/g)?.join('-') ?? code;
}
