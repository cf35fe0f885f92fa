import { AVATAR_COLORS, avatarColor, initials, namesOf, othersOf } from './people';
import { DUPONT, LEA, TOM } from './messaging-test-data';

/** WCAG relative luminance and contrast ratio. */
function contrastWithWhite(hex: string): number {
  const channel = (i: number) => {
    const c = parseInt(hex.slice(1 + 2 * i, 3 + 2 * i), 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  const l = 0.2126 * channel(0) + 0.7152 * channel(1) + 0.0722 * channel(2);
  return 1.05 / (l + 0.05);
}

describe('initials', () => {
  it('takes the first letters of the first and last words', () => {
    expect(initials('Léa Martin')).toBe('LM');
    expect(initials('Jean-Pierre de la Fontaine')).toBe('JF');
    expect(initials('zoé')).toBe('Z');
    expect(initials("Mme O'Brien")).toBe('MB');
  });

  it('gives "?" for a name without letters', () => {
    expect(initials('')).toBe('?');
    expect(initials('  ')).toBe('?');
    expect(initials(null)).toBe('?');
  });
});

describe('avatarColor', () => {
  it('always gives the same person the same colour', () => {
    expect(avatarColor('p-lea')).toBe(avatarColor('p-lea'));
    expect(AVATAR_COLORS).toContain(avatarColor('p-lea'));
  });

  it('spreads a class over several colours', () => {
    const ids = Array.from({ length: 30 }, (_, i) => `0190f7a2-5c3e-7b1d-9a2f-${String(i).padStart(12, '0')}`);
    expect(new Set(ids.map(avatarColor)).size).toBeGreaterThanOrEqual(6);
  });

  it('keeps white initials readable on every colour (WCAG AA, 4.5:1)', () => {
    for (const color of AVATAR_COLORS) expect(contrastWithWhite(color)).toBeGreaterThanOrEqual(4.5);
  });
});

describe('othersOf / namesOf', () => {
  it('names the people other than the caller, or the caller alone in a conversation with themselves', () => {
    expect(othersOf([DUPONT, LEA, TOM], LEA.id)).toEqual([DUPONT, TOM]);
    expect(othersOf([LEA], LEA.id)).toEqual([LEA]);
  });

  it('names known ids in order and skips the unknown', () => {
    const people = new Map([LEA, TOM].map((p) => [p.id, p]));
    expect(namesOf([TOM.id, 'x', LEA.id], people)).toEqual(['Tom Petit', 'Léa Martin']);
  });
});
