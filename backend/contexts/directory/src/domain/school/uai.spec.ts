import { brokenRule } from '@preau/kernel';
import { Uai } from './uai';

describe('Uai', () => {
  it.each(['0750654D', '0750654d', ' 0693331W ', '0130001F'])('accepts %s, its check letter matching', (raw) => {
    expect(Uai.parse(raw).value).toBe(raw.trim().toUpperCase());
  });

  it.each([
    ['a wrong check letter', '0750654E'],
    ['too short', '075065D'],
    ['letters among the digits', '07A0654D'],
    ['no letter', '07506540'],
  ])('refuses %s (UaiHasItsCheckLetter)', (_what, raw) => {
    expect(brokenRule(() => Uai.parse(raw))).toBe('UaiHasItsCheckLetter');
  });
});
