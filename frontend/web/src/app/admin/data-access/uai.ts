import type { AbstractControl, ValidationErrors } from '@angular/forms';

const CHECK_LETTERS = 'ABCDEFGHJKLMNPRSTUVWXYZ';

/** The check letter of a UAI's 7 digits: the letter of rank (number mod 23), without I, O and Q. */
export function uaiCheckLetter(digits: string): string {
  return CHECK_LETTERS[Number(digits) % 23];
}

/** Whether a UAI is well-formed ("0750654D": 7 digits and the right check letter), as the API checks it too. */
export function isValidUai(uai: string): boolean {
  const match = /^(\d{7})([A-Z])$/.exec(uai.trim().toUpperCase());
  return match !== null && uaiCheckLetter(match[1]) === match[2];
}

/**
 * A form validator: `{uaiFormat}` when it is not 7 digits and a letter, `{uaiCheckLetter: {expected}}` when the
 * letter is not the one the digits call for. Empty is left to `Validators.required`.
 */
export function uaiValidator(control: AbstractControl<string | null>): ValidationErrors | null {
  const value = (control.value ?? '').trim().toUpperCase();
  if (value === '') return null;
  const match = /^(\d{7})([A-Z])$/.exec(value);
  if (!match) return { uaiFormat: true };
  const expected = uaiCheckLetter(match[1]);
  return expected === match[2] ? null : { uaiCheckLetter: { expected } };
}
