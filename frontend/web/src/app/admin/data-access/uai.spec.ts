import { FormControl } from '@angular/forms';
import { isValidUai, uaiCheckLetter, uaiValidator } from './uai';

describe('the UAI check letter', () => {
  it('is the letter of rank (7-digit number mod 23) in ABCDEFGHJKLMNPRSTUVWXYZ', () => {
    // 750654 mod 23 = 3 → D; 0 → A; 22 → Z (no I, O, Q).
    expect(uaiCheckLetter('0750654')).toBe('D');
    expect(uaiCheckLetter('0000000')).toBe('A');
    expect(uaiCheckLetter('0000022')).toBe('Z');
    expect(uaiCheckLetter('0000008')).toBe('J');
  });

  it('accepts a well-formed code, in any case and with spaces around', () => {
    expect(isValidUai('0750654D')).toBe(true);
    expect(isValidUai(' 0750654d ')).toBe(true);
    expect(isValidUai('0750654E')).toBe(false);
    expect(isValidUai('075065D')).toBe(false);
  });

  it('as a validator: nothing for empty, the format, or the expected letter', () => {
    expect(uaiValidator(new FormControl(''))).toBeNull();
    expect(uaiValidator(new FormControl('0750654D'))).toBeNull();
    expect(uaiValidator(new FormControl('0750654d'))).toBeNull();
    expect(uaiValidator(new FormControl('75A654D'))).toEqual({ uaiFormat: true });
    expect(uaiValidator(new FormControl('07506541'))).toEqual({ uaiFormat: true });
    expect(uaiValidator(new FormControl('0750654E'))).toEqual({ uaiCheckLetter: { expected: 'D' } });
  });
});
