import type { RosterChanges, SchoolRoster } from '@preau/contracts';

export const SCHOOL = '00000000-0000-4000-8000-00000000f000';

/** A school with its demo classes (CE2 A, CM2) and two pupils, as the directory's roster query answers. */
export function ferryRoster(): SchoolRoster {
  return {
    schoolId: SCHOOL,
    schoolYearId: '2026-2027',
    classes: [
      { id: 'class-ce2a', name: 'CE2 A', levels: ['CE2'] },
      { id: 'class-cm2', name: 'CM2', levels: ['CM2'] },
    ],
    pupils: [
      {
        id: 'lea',
        ine: null,
        firstName: 'Léa',
        lastName: 'Martin',
        usualName: null,
        birthDate: '2017-05-02',
        classId: 'class-ce2a',
      },
      {
        id: 'tom',
        ine: null,
        firstName: 'Tom',
        lastName: 'Bernard',
        usualName: null,
        birthDate: '2015-02-11',
        classId: 'class-cm2',
      },
    ],
    guardians: [{ id: 'parent-lea', firstName: 'Claire', lastName: 'Martin', email: null, childIds: ['lea'] }],
  };
}

/** The roster as the directory would answer it after applying `changes` (what ApplyRosterCommand does, in memory). */
export function applied(roster: SchoolRoster, changes: RosterChanges): SchoolRoster {
  const next: SchoolRoster = structuredClone(roster);
  for (const c of changes.classes) {
    const known = next.classes.find((k) => k.id === c.id);
    if (known) Object.assign(known, c);
    else next.classes.push({ ...c });
  }
  for (const { isNew: _isNew, ...p } of changes.pupils) {
    const known = next.pupils.find((k) => k.id === p.id);
    if (known) Object.assign(known, p);
    else next.pupils.push({ ...p });
  }
  for (const id of changes.leavingPupilIds) {
    const known = next.pupils.find((k) => k.id === id);
    if (known) known.classId = null;
  }
  for (const { isNew: _isNew, ...g } of changes.guardians) {
    const known = next.guardians.find((k) => k.id === g.id);
    if (known) Object.assign(known, { ...g, childIds: [...new Set([...known.childIds, ...g.childIds])] });
    else next.guardians.push({ ...g });
  }
  return next;
}
