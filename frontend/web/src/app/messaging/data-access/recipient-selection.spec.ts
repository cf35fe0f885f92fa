import {
  addGroup,
  addPerson,
  countAmong,
  expandGroup,
  pupilSections,
  groupChip,
  matchRecipients,
  personChip,
  recipientIdsOf,
  removeChip,
  withoutPeople,
} from './recipient-selection';
import { BERNARD, DUPONT, LEA, TOM, ZOE, group } from './messaging-test-data';

const people = new Map([LEA, TOM, ZOE, DUPONT].map((p) => [p.id, p]));

describe('recipient selection', () => {
  it('adds a group as one chip, and its members as recipients', () => {
    const chips = addGroup([], group());
    expect(chips).toHaveLength(1);
    expect(chips[0]).toMatchObject({ kind: 'group', id: 'group:class-pupils:cl1', memberIds: [LEA.id, TOM.id] });
    expect(recipientIdsOf(chips)).toEqual([LEA.id, TOM.id]);
  });

  it('counts each person once, whether alone or in groups', () => {
    const chips = [personChip(TOM), groupChip(group()), groupChip(group({ id: 'g2', memberIds: [TOM.id, ZOE.id] }))];
    expect(recipientIdsOf(chips)).toEqual([TOM.id, LEA.id, ZOE.id]);
  });

  it('does not add a person already there, nor a group twice, nor an empty group', () => {
    const chips = addGroup([], group());
    expect(addPerson(chips, LEA)).toEqual(chips);
    expect(addGroup(chips, group())).toEqual(chips);
    expect(addGroup([], group({ memberIds: [] }))).toEqual([]);
  });

  it('expands a group into its members, in its place, skipping those already chosen', () => {
    const chips = [personChip(DUPONT), groupChip(group({ memberIds: [LEA.id, TOM.id, DUPONT.id] })), personChip(ZOE)];
    const expanded = expandGroup(chips, 'group:class-pupils:cl1', people);
    expect(expanded.map((c) => c.id)).toEqual([DUPONT.id, LEA.id, TOM.id, ZOE.id]);
    expect(expanded.every((c) => c.kind === 'person')).toBe(true);
  });

  it('removes a chip', () => {
    expect(removeChip([personChip(LEA), personChip(TOM)], LEA.id).map((c) => c.id)).toEqual([TOM.id]);
  });

  it('takes refused people out of chips and groups, and drops groups left empty', () => {
    const chips = [personChip(ZOE), groupChip(group()), groupChip(group({ id: 'g2', memberIds: [TOM.id] }))];
    const left = withoutPeople(chips, [ZOE.id, TOM.id]);
    expect(left).toEqual([{ ...groupChip(group()), memberIds: [LEA.id] }]);
  });

  it('counts how many of a chip’s people are refused', () => {
    const refused = new Set([TOM.id]);
    expect(countAmong(groupChip(group()), refused)).toBe(1);
    expect(countAmong(personChip(LEA), refused)).toBe(0);
  });

  it('matches people by name or context and groups by name, ignoring accents and case', () => {
    const view = { people: [LEA, TOM, ZOE], groups: [group(), group({ id: 'g2', kind: 'class-families', name: 'CM1 B' })] };
    const label = (g: { kind: string; name: string }) => (g.kind === 'class-families' ? `Familles de ${g.name}` : `Élèves de ${g.name}`);
    expect(matchRecipients(view, 'lea').people).toEqual([LEA]);
    expect(matchRecipients(view, 'cm1').people).toEqual([ZOE]);
    expect(matchRecipients(view, 'ELEVES', label).groups.map((g) => g.id)).toEqual(['class-pupils:cl1']);
    expect(matchRecipients(view, 'familles cm1', label).groups.map((g) => g.id)).toEqual(['g2']);
    expect(matchRecipients(view, 'ce2').groups.map((g) => g.id)).toEqual(['class-pupils:cl1']);
    expect(matchRecipients(view, '  ')).toBe(view);
  });

  it('gives the pupil picker their own class first (teachers before pupils), partner classes, then their family', () => {
    const teacher = DUPONT;
    const partnerTeacher = { ...ZOE, id: 'p-roux', displayName: 'Nadia Roux', role: 'TEACHER' as const };
    const mum = { ...BERNARD, id: 'p-mum', displayName: 'Sophie Martin', context: 'Léa Martin' };
    expect(pupilSections([ZOE, mum, TOM, partnerTeacher, teacher, LEA], 'cl1')).toEqual([
      { kind: 'own-class', name: 'CE2 A', people: [teacher, LEA, TOM] },
      { kind: 'class', name: 'CM1 B', people: [partnerTeacher, ZOE] },
      { kind: 'family', name: '', people: [mum] },
    ]);
    expect(pupilSections([ZOE], null)).toEqual([{ kind: 'class', name: 'CM1 B', people: [ZOE] }]);
  });

  it('groups the pupil picker by class, not by words: a teacher of two classes shows in each, a namesake class stays apart', () => {
    // Her context reads "CE2 A, CM1 B": grouping by that string made a class of its own.
    const twoClasses = { ...DUPONT, id: 'p-two', displayName: 'Anne Deux', context: 'CE2 A, CM1 B', classes: [LEA.classes[0], ZOE.classes[0]] };
    // A partner school's class of the same name as the pupil's own.
    const namesake = { ...TOM, id: 'p-far', displayName: 'Yann Loin', classes: [{ id: 'cl9', name: 'CE2 A' }] };
    expect(pupilSections([LEA, ZOE, twoClasses, namesake], 'cl1')).toEqual([
      { kind: 'own-class', name: 'CE2 A', people: [twoClasses, LEA] },
      { kind: 'class', name: 'CE2 A', people: [namesake] },
      { kind: 'class', name: 'CM1 B', people: [twoClasses, ZOE] },
    ]);
  });
});
