import { brokenRule } from '@preau/kernel';
import { displayNameOf, Person } from './person';

describe('Person', () => {
  it('registers a pupil as the register gives them: "Prénom NOM", INE upper-cased, names trimmed', () => {
    const p = Person.register('p1', 'PUPIL', {
      firstName: '  Chloé ',
      lastName: 'LE  ROY',
      ine: '0123456789a',
      birthDate: '2019-04-12',
    });
    expect(p).toMatchObject({
      displayName: 'Chloé LE ROY',
      firstName: 'Chloé',
      lastName: 'LE ROY',
      usualName: null,
      ine: '0123456789A',
      birthDate: '2019-04-12',
      email: null,
    });
  });

  it('shows the usual name when the register has one', () => {
    expect(displayNameOf({ firstName: 'Jules', lastName: 'LEROY', usualName: 'DUPONT' })).toBe('Jules DUPONT');
  });

  it('keeps a stored display name until the names change (the demo keeps "Léa Martin")', () => {
    const lea = new Person('lea', 'PUPIL', 'Léa Martin', 'Léa', 'Martin');
    expect(lea.update({ firstName: 'Léa', lastName: 'Martin', birthDate: '2017-03-14' })).toBe(true);
    expect(lea.displayName).toBe('Léa Martin');
    expect(lea.update({ firstName: 'Léa', lastName: 'MARTIN' })).toBe(true);
    expect(lea.displayName).toBe('Léa MARTIN');
  });

  it('answers false when nothing changes, and keeps an INE or an e-mail the new details leave out', () => {
    const p = Person.register('p1', 'PARENT', { firstName: 'Camille', lastName: 'LEROY', email: 'c@example.fr' });
    expect(p.update({ firstName: 'Camille', lastName: 'LEROY' })).toBe(false);
    expect(p.email).toBe('c@example.fr');
  });

  it.each<[string, Parameters<typeof Person.register>[2], string]>([
    ['no last name', { firstName: 'Chloé', lastName: ' ' }, 'NameMustBeGiven'],
    ['a name too long', { firstName: 'C'.repeat(101), lastName: 'L' }, 'NameMustBeGiven'],
    ['an INE of 10 characters', { firstName: 'C', lastName: 'L', ine: '012345678A' }, 'IneMustBeWellFormed'],
    ['an INE with a letter first', { firstName: 'C', lastName: 'L', ine: 'A123456789B' }, 'IneMustBeWellFormed'],
    ['a 30th of February', { firstName: 'C', lastName: 'L', birthDate: '2019-02-30' }, 'BirthDateMustBeADate'],
    ['a French date', { firstName: 'C', lastName: 'L', birthDate: '12/04/2019' }, 'BirthDateMustBeADate'],
    ['an e-mail without a domain', { firstName: 'C', lastName: 'L', email: 'camille@' }, 'EmailMustBeWellFormed'],
    ['markup in an e-mail', { firstName: 'C', lastName: 'L', email: '<b>@x.fr' }, 'EmailMustBeWellFormed'],
  ])('refuses %s', (_what, details, rule) => {
    expect(brokenRule(() => Person.register('p', 'PUPIL', details))).toBe(rule);
  });

  it('accepts both kinds of INE (INE-RNIE and INE-BEA)', () => {
    expect(
      brokenRule(() => Person.register('p', 'PUPIL', { firstName: 'C', lastName: 'L', ine: '1234567890A' })),
    ).toBeNull();
    expect(
      brokenRule(() => Person.register('p', 'PUPIL', { firstName: 'C', lastName: 'L', ine: '123456789AB' })),
    ).toBeNull();
  });
});
