import { checkRule, rule } from '@preau/kernel';

/** The check letters of a UAI, indexed by the 7-character number modulo 23 (no I, O nor Q). */
const CHECK_LETTERS = 'ABCDEFGHJKLMNPRSTUVWXYZ';

/**
 * Unité administrative immatriculée: the national register's code of a school, 7 digits and a check letter
 * ("0750654D": 750654 mod 23 = 3 → "D"). docs/product/access-rules.md (Administration): academy admins create schools.
 */
export class Uai {
  private constructor(readonly value: string) {}

  static parse(raw: string): Uai {
    const value = raw.trim().toUpperCase();
    checkRule(
      rule(
        'UaiHasItsCheckLetter',
        'VALIDATION_FAILED',
        'A UAI is 7 digits and its check letter, e.g. 0750654D.',
        () => !Uai.isValid(value),
        'uai',
      ),
    );
    return new Uai(value);
  }

  static isValid(value: string): boolean {
    const match = /^([0-9]{7})([A-Z])$/.exec(value);
    return match !== null && CHECK_LETTERS[Number(match[1]) % 23] === match[2];
  }
}
