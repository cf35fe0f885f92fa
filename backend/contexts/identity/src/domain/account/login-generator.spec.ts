import { LOGIN_PATTERN } from './account';
import { LoginGenerator, loginBase } from './login-generator';

describe('loginBase: "prénom.nom" in lower-case ASCII', () => {
  it.each([
    ['Chloé', 'LEROY', 'chloe.leroy'],
    ['Moussa', "N'DIAYE", 'moussa.ndiaye'],
    ['Zoé', 'DUPONT-MOREAU', 'zoe.dupont-moreau'],
    ['Jean', 'de La Fontaine', 'jean.delafontaine'],
    ['Lætitia', 'Cœur', 'laetitia.coeur'],
    ['Marie Claire', 'Van der Berg', 'marie-claire.vanderberg'],
    ['Jean-Pierre', "D’Artagnan", 'jean-pierre.dartagnan'],
    ['  Ève ', ' Ñúñez ', 'eve.nunez'],
    ['Noël', 'Müller', 'noel.muller'],
    ['Björn', 'Øster', 'bjorn.oster'],
    ['Anaïs', 'Le  Goff -- Ar', 'anais.legoff-ar'],
  ])('%s %s → %s', (first, last, expected) => {
    expect(loginBase(first, last)).toBe(expected);
  });

  it('keeps what a login may hold when names are odd: digits, no letters at all, very long', () => {
    expect(loginBase('Louis 14', 'Roi')).toBe('louis-14.roi');
    expect(loginBase('李', '王')).toBe('compte');
    expect(loginBase('Al', '')).toBe('al.eleve');
    const long = loginBase('A'.repeat(60), 'B'.repeat(60));
    expect(long.length).toBeLessThanOrEqual(90);
    expect(long).toMatch(LOGIN_PATTERN);
  });

  it.each([['<script>', 'alert(1)'], ['=HYPERLINK("x")', '@SUM'], ['.', '-'], ["'", "'"]])('always answers a well-formed login (%s %s)', (first, last) => {
    expect(loginBase(first, last)).toMatch(LOGIN_PATTERN);
  });
});

describe('LoginGenerator', () => {
  const chloe = { firstName: 'Chloé', lastName: 'Leroy' };

  it('numbers collisions within a batch: chloe.leroy, chloe.leroy2, chloe.leroy3', () => {
    expect(LoginGenerator.generate([chloe, chloe, { firstName: 'Chloe', lastName: 'LEROY' }], [])).toEqual(['chloe.leroy', 'chloe.leroy2', 'chloe.leroy3']);
  });

  it('numbers past the existing accounts, filling no gap twice', () => {
    expect(LoginGenerator.generate([chloe, chloe], ['chloe.leroy', 'chloe.leroy3'])).toEqual(['chloe.leroy2', 'chloe.leroy4']);
  });

  it('leaves other people alone and keeps the order given', () => {
    expect(LoginGenerator.generate([{ firstName: 'Moussa', lastName: "N'Diaye" }, chloe, { firstName: 'Moussa', lastName: 'NDIAYE' }], ['chloe.leroy2'])).toEqual([
      'moussa.ndiaye',
      'chloe.leroy',
      'moussa.ndiaye2',
    ]);
  });

  it('asks for each base once', () => {
    expect(LoginGenerator.basesOf([chloe, chloe, { firstName: 'Zoé', lastName: 'Dupont-Moreau' }])).toEqual(['chloe.leroy', 'zoe.dupont-moreau']);
  });
});
