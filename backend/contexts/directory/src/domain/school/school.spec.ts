import { brokenRule } from '@preau/kernel';
import { School } from './school';
import { Uai } from './uai';

describe('School emergency switches', () => {
  it('stores only what is off', () => {
    const s = new School('s', 'a', 'Jules Ferry', {});
    expect(s.setSwitches({ messaging: false, blog: true })).toEqual({ messaging: false });
    expect(s.switches).toEqual({ messaging: false });
    expect(s.setSwitches({ messaging: true })).toEqual({ messaging: true });
    expect(s.switches).toEqual({});
  });
});

describe('School', () => {
  const address = { street: ' 1 rue Paul Bert ', postalCode: '75011', city: 'Paris' };

  it('is created with a name, its UAI, an address and directors (each once)', () => {
    const s = School.create({
      id: 's',
      academyId: 'a',
      name: '  École Paul Bert ',
      uai: Uai.parse('0750654d'),
      address,
      directorIds: ['d', 'd'],
    });
    expect([s.name, s.uai, s.directorIds, s.switches]).toEqual(['École Paul Bert', '0750654D', ['d'], {}]);
  });

  it('refuses a blank name (ASchoolHasAName)', () => {
    expect(
      brokenRule(() =>
        School.create({
          id: 's',
          academyId: 'a',
          name: ' ',
          uai: Uai.parse('0750654D'),
          address: null,
          directorIds: [],
        }),
      ),
    ).toBe('ASchoolHasAName');
  });

  it('moves to a new address, trimmed, or to none', () => {
    const s = new School('s', 'a', 'Paul Bert', {});
    s.moveTo(address);
    expect(s.address).toEqual({ street: '1 rue Paul Bert', postalCode: '75011', city: 'Paris' });
    s.moveTo(null);
    expect(s.address).toBeNull();
  });
});
