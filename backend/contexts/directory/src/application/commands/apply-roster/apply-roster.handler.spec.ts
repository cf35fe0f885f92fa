import { ApplyRosterCommand, type RosterChanges } from '@preau/contracts';
import { FixedClock } from '@preau/kernel';
import { recordingOutbox } from '@preau/platform/testing';
import { demoDirectory } from '../../../testing/demo-directory';
import { ApplyRosterHandler } from './apply-roster.handler';

const pupil = (id: string, classId: string, extra: Partial<RosterChanges['pupils'][number]> = {}) => ({
  id,
  ine: null,
  firstName: `Prénom ${id}`,
  lastName: 'ÉLÈVE',
  usualName: null,
  birthDate: '2017-05-02',
  classId,
  isNew: true,
  ...extra,
});

/** A new CP class with three pupils, two guardians (one with two children). */
const NEW_CLASS: RosterChanges = {
  classes: [{ id: 'ferry-cp', name: 'CP', levels: ['CP'] }],
  pupils: [
    pupil('chloe', 'ferry-cp', { firstName: 'Chloé', lastName: 'LEROY', ine: '0123456789a' }),
    pupil('jules', 'ferry-cp', { firstName: 'Jules', lastName: 'LEROY', usualName: 'LEROY-DUPONT' }),
    pupil('zoe', 'ferry-cp', { firstName: 'Zoé', lastName: "N'DIAYE", birthDate: null }),
  ],
  leavingPupilIds: [],
  guardians: [
    {
      id: 'mme.leroy',
      firstName: 'Camille',
      lastName: 'LEROY',
      email: 'Camille.Leroy@example.fr',
      childIds: ['chloe', 'jules'],
      isNew: true,
    },
    { id: 'm.ndiaye', firstName: 'Moussa', lastName: "N'DIAYE", email: null, childIds: ['zoe'], isNew: true },
  ],
};

const none: RosterChanges = { classes: [], pupils: [], leavingPupilIds: [], guardians: [] };

describe('ApplyRosterHandler', () => {
  const setup = () => {
    const directory = demoDirectory();
    const { outbox, published } = recordingOutbox(new FixedClock());
    const handler = new ApplyRosterHandler(
      directory.graphs,
      directory.schoolYears,
      directory.people,
      directory.classes,
      outbox,
    );
    const apply = (actor: string, changes: RosterChanges, schoolId = 'ferry') =>
      handler.execute(new ApplyRosterCommand(actor, schoolId, changes));
    const roster = () => directory.rosters.roster('ferry', '2026-2027');
    return { directory, published, apply, roster };
  };

  it('creates the class, the pupils enrolled in it, the guardians linked to each child, and says how many', async () => {
    const { directory, published, apply, roster } = setup();
    await apply('ferry.direction', NEW_CLASS);

    const after = await roster();
    expect(after.classes.find((c) => c.id === 'ferry-cp')).toEqual({ id: 'ferry-cp', name: 'CP', levels: ['CP'] });
    const cp = directory.classes.items.get('ferry-cp');
    expect(cp).toMatchObject({ schoolId: 'ferry', schoolYearId: '2026-2027', settings: { commentModeration: 'held' } });
    expect(Object.values(cp?.modules ?? {}).every(Boolean)).toBe(true);
    expect(after.pupils.find((p) => p.id === 'chloe')).toEqual({
      id: 'chloe',
      ine: '0123456789A',
      firstName: 'Chloé',
      lastName: 'LEROY',
      usualName: null,
      birthDate: '2017-05-02',
      classId: 'ferry-cp',
    });
    expect(directory.people.people.get('jules')?.displayName).toBe('Jules LEROY-DUPONT');
    expect(directory.people.people.get('mme.leroy')).toMatchObject({
      role: 'PARENT',
      email: 'camille.leroy@example.fr',
    });
    expect(after.guardians.find((g) => g.id === 'mme.leroy')?.childIds).toEqual(['chloe', 'jules']);
    expect(after.guardians.find((g) => g.id === 'm.ndiaye')?.childIds).toEqual(['zoe']);

    const graph = await directory.graphs.around({ personIds: ['ferry.direction'] });
    expect([...graph.pupilsOf('ferry-cp')].sort()).toEqual(['chloe', 'jules', 'zoe']);
    expect(graph.parentsOf('jules')).toEqual(['mme.leroy']);

    expect(published.map((m) => [m.type, m.payload])).toEqual([
      [
        'directory.roster-applied',
        {
          schoolId: 'ferry',
          actorId: 'ferry.direction',
          classesCreated: 1,
          pupilsCreated: 3,
          pupilsUpdated: 0,
          pupilsLeft: 0,
          guardiansCreated: 2,
        },
      ],
    ]);
  });

  it('applied twice, changes nothing the second time (no duplicate person, class or link)', async () => {
    const { directory, published, apply, roster } = setup();
    await apply('ferry.direction', NEW_CLASS);
    const before = await roster();
    const people = directory.people.people.size;
    await apply('ferry.direction', NEW_CLASS);

    expect(await roster()).toEqual(before);
    expect(directory.people.people.size).toBe(people);
    expect(directory.people.guardianships.size).toBe(4 + 3);
    expect(published[1].payload).toMatchObject({
      classesCreated: 0,
      pupilsCreated: 0,
      pupilsUpdated: 0,
      guardiansCreated: 0,
    });
  });

  it('moves a pupil, updates their names, lets another leave, and adds a child to a known parent', async () => {
    const { directory, published, apply, roster } = setup();
    await apply('ferry.direction', {
      ...none,
      pupils: [pupil('lea.ce2a', 'ferry-cm2', { firstName: 'Léa', lastName: 'MARTIN', isNew: false })],
      leavingPupilIds: ['tom.cm2'],
      guardians: [
        {
          id: 'parent.hugo',
          firstName: 'Karim',
          lastName: 'BERNARD',
          email: null,
          childIds: ['lea.ce2a'],
          isNew: false,
        },
      ],
    });

    const after = await roster();
    expect(after.pupils.find((p) => p.id === 'lea.ce2a')?.classId).toBe('ferry-cm2');
    expect(after.pupils.map((p) => p.id)).not.toContain('tom.cm2');
    expect(directory.people.people.get('tom.cm2')).toBeDefined(); // the account stays, only the enrolment ends
    expect(directory.people.people.get('lea.ce2a')?.displayName).toBe('Léa MARTIN');
    expect(after.guardians.find((g) => g.id === 'parent.hugo')?.childIds).toEqual(['hugo.ce2a', 'lea.ce2a']);
    expect(published[0].payload).toMatchObject({
      pupilsCreated: 0,
      pupilsUpdated: 1,
      pupilsLeft: 1,
      guardiansCreated: 0,
    });

    // Leaving again (the same file confirmed twice) is no error.
    await apply('ferry.direction', { ...none, leavingPupilIds: ['tom.cm2'] });
    expect(published[1].payload).toMatchObject({ pupilsLeft: 0 });
  });

  it('keeps a guardian listed with a child who leaves in the same import (the link is already there)', async () => {
    const { directory, published, apply } = setup();
    await apply('ferry.direction', {
      ...none,
      leavingPupilIds: ['tom.cm2'],
      guardians: [
        {
          id: 'parent.hugo',
          firstName: 'Karim',
          lastName: 'Bernard',
          email: null,
          childIds: ['hugo.ce2a', 'tom.cm2'],
          isNew: false,
        },
      ],
    });
    expect(published[0].payload).toMatchObject({ pupilsLeft: 1 });
    expect(directory.people.guardianships.has('parent.hugo|tom.cm2')).toBe(true);
  });

  it("lets the academy's administrator import into a school of the academy", async () => {
    const { published, apply } = setup();
    await apply('academie.admin', { ...none, pupils: [pupil('new.curie', 'curie-ce2')] }, 'curie');
    expect(published[0].payload).toMatchObject({ schoolId: 'curie', pupilsCreated: 1 });
  });

  it('reads in batches: one query per kind, whatever the number of pupils', async () => {
    const { directory, apply, roster } = setup();
    const pupils = Array.from({ length: 300 }, (_, i) => pupil(`p${i}`, i % 2 ? 'ferry-cp' : 'ferry-ce2a'));
    const guardians = Array.from({ length: 500 }, (_, i) => ({
      id: `g${i}`,
      firstName: 'Parent',
      lastName: `N${i}`,
      email: null,
      childIds: [`p${i % 300}`],
      isNew: true,
    }));
    directory.people.calls.length = 0;
    await apply('ferry.direction', { classes: NEW_CLASS.classes, pupils, leavingPupilIds: [], guardians });
    expect([...directory.people.calls].sort()).toEqual(['byIds', 'byInes', 'enrolmentsOf', 'guardianshipsOf']);
    const after = await roster();
    expect(after.pupils.filter((p) => p.classId === 'ferry-cp')).toHaveLength(150);
    expect(after.guardians).toHaveLength(500 + 2);
  });

  it.each<[string, string, RosterChanges, string, string]>([
    ['a teacher of the school', 'ferry.ce2a.prof', NEW_CLASS, 'FORBIDDEN', 'SchoolMustBeAdministeredByActor'],
    ['a parent of the school', 'parent.lea', NEW_CLASS, 'FORBIDDEN', 'SchoolMustBeAdministeredByActor'],
    [
      'a pupil placed in a class of another school',
      'ferry.direction',
      { ...none, pupils: [pupil('x', 'curie-ce2')] },
      'VALIDATION_FAILED',
      'ClassMustBelongToTheSchool',
    ],
    [
      'a pupil enrolled in another school',
      'ferry.direction',
      { ...none, pupils: [pupil('nina.curie', 'ferry-ce2a', { isNew: false })] },
      'CONFLICT',
      'PupilEnrolledInAnotherSchool',
    ],
    [
      'an unknown pupil said to exist',
      'ferry.direction',
      { ...none, pupils: [pupil('ghost', 'ferry-ce2a', { isNew: false })] },
      'NOT_FOUND',
      'PupilMustExist',
    ],
    [
      'a parent listed as a pupil',
      'ferry.direction',
      { ...none, pupils: [pupil('parent.lea', 'ferry-ce2a', { isNew: false })] },
      'CONFLICT',
      'PupilMustBeAPupil',
    ],
    [
      'a pupil listed twice',
      'ferry.direction',
      { ...none, pupils: [pupil('x', 'ferry-ce2a'), pupil('x', 'ferry-cm2')] },
      'VALIDATION_FAILED',
      'PupilMustBeListedOnce',
    ],
    [
      'the same INE for two pupils',
      'ferry.direction',
      {
        ...none,
        pupils: [pupil('x', 'ferry-ce2a', { ine: '0123456789A' }), pupil('y', 'ferry-ce2a', { ine: '0123456789A' })],
      },
      'CONFLICT',
      'IneMustBeUnique',
    ],
    [
      'a birth date that is no date',
      'ferry.direction',
      { ...none, pupils: [pupil('x', 'ferry-ce2a', { birthDate: '2017-02-30' })] },
      'VALIDATION_FAILED',
      'BirthDateMustBeADate',
    ],
    [
      'a class with three levels',
      'ferry.direction',
      { ...none, classes: [{ id: 'c', name: 'Multi', levels: ['CP', 'CE1', 'CE2'] }] },
      'VALIDATION_FAILED',
      'AClassHasOneOrTwoLevels',
    ],
    [
      'a class whose name is taken',
      'ferry.direction',
      { ...none, classes: [{ id: 'c', name: 'ce2 a', levels: ['CE2'] }] },
      'CONFLICT',
      'ClassNameMustBeFree',
    ],
    [
      "a class id of another school's class",
      'ferry.direction',
      { ...none, classes: [{ id: 'curie-ce2', name: 'Autre', levels: ['CE2'] }] },
      'VALIDATION_FAILED',
      'ClassMustBelongToTheSchool',
    ],
    [
      'a pupil of another school leaving',
      'ferry.direction',
      { ...none, leavingPupilIds: ['nina.curie'] },
      'VALIDATION_FAILED',
      'LeavingPupilMustBeOfTheSchool',
    ],
    [
      'a guardian linked to a pupil of another school',
      'ferry.direction',
      { ...none, guardians: [{ ...NEW_CLASS.guardians[1], childIds: ['nina.curie'] }] },
      'VALIDATION_FAILED',
      'ChildMustBeAPupilOfTheSchool',
    ],
    [
      "another school's parent",
      'ferry.direction',
      { ...none, guardians: [{ ...NEW_CLASS.guardians[1], id: 'parent.nina', childIds: ['lea.ce2a'], isNew: false }] },
      'NOT_FOUND',
      'GuardianMustBeOfTheSchool',
    ],
    [
      'a teacher listed as a guardian',
      'ferry.direction',
      {
        ...none,
        guardians: [{ ...NEW_CLASS.guardians[1], id: 'ferry.cm2.prof', childIds: ['lea.ce2a'], isNew: false }],
      },
      'CONFLICT',
      'GuardianMustBeAParent',
    ],
  ])('refuses %s, and writes nothing', async (_what, actor, changes, code, rule) => {
    const { directory, published, apply } = setup();
    const people = directory.people.people.size;
    const enrolments = JSON.stringify([...directory.enrolments.items]);
    await expect(apply(actor, changes)).rejects.toMatchObject({ code, details: { rule } });
    expect(directory.people.people.size).toBe(people);
    expect(JSON.stringify([...directory.enrolments.items])).toBe(enrolments);
    expect(directory.classes.items.size).toBe(3);
    expect(published).toEqual([]);
  });

  it('names the row of a refused detail', async () => {
    const { apply } = setup();
    await expect(
      apply('ferry.direction', { ...none, pupils: [pupil('x', 'ferry-ce2a', { ine: 'ABC' })] }),
    ).rejects.toMatchObject({
      code: 'VALIDATION_FAILED',
      details: { rule: 'IneMustBeWellFormed', pupilId: 'x', errors: [{ field: 'ine' }] },
    });
  });

  it('refuses an INE that is already another person’s', async () => {
    const { directory, apply } = setup();
    directory.people.people.get('lea.ce2a')?.update({ firstName: 'Léa', lastName: 'Martin', ine: '0123456789A' });
    await expect(
      apply('ferry.direction', { ...none, pupils: [pupil('x', 'ferry-ce2a', { ine: '0123456789a' })] }),
    ).rejects.toMatchObject({ code: 'CONFLICT', details: { rule: 'IneMustBeUnique', pupilId: 'x' } });
  });

  it("refuses a director another school's import (403)", async () => {
    const { apply } = setup();
    await expect(
      apply('ferry.direction', { ...none, pupils: [pupil('x', 'curie-ce2')] }, 'curie'),
    ).rejects.toMatchObject({
      code: 'FORBIDDEN',
    });
  });

  it('answers NOT_FOUND for a school that does not exist', async () => {
    const { apply } = setup();
    await expect(apply('academie.admin', none, 'nowhere')).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });
});
