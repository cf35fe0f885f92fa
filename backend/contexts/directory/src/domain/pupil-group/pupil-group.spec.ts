import { brokenRule as ruleOf } from '@preau/kernel';
import { PupilGroup } from './pupil-group';

describe('PupilGroup', () => {
  const make = (name: string, pupilIds: string[]) =>
    PupilGroup.create({ id: 'g', classId: 'c', name, pupilIds, pupilsOfClass: ['lea', 'hugo', 'ines'] });

  it('keeps each pupil once', () =>
    expect(make(' Lecteurs ', ['lea', 'hugo', 'lea'])).toMatchObject({ name: 'Lecteurs', pupilIds: ['lea', 'hugo'] }));
  it('refuses a pupil of another class (GroupMembersArePupilsOfTheClass)', () =>
    expect(ruleOf(() => make('Lecteurs', ['lea', 'tom']))).toBe('GroupMembersArePupilsOfTheClass'));
  it('refuses an empty name (AGroupHasAName)', () => expect(ruleOf(() => make('  ', []))).toBe('AGroupHasAName'));
});
