import { ListAdministeredPeopleQuery } from '@preau/contracts';
import { SchoolStaff } from '../../../domain/person/places';
import { demoDirectory } from '../../../testing/demo-directory';
import { ListAdministeredPeopleHandler } from './list-administered-people.handler';

describe('ListAdministeredPeopleHandler', () => {
  const setup = (tweak?: Parameters<typeof demoDirectory>[0]) => {
    const directory = demoDirectory(tweak);
    const list = (actor: string, schoolId: string | null = null, classId: string | null = null) =>
      new ListAdministeredPeopleHandler(directory.graphs).execute(
        new ListAdministeredPeopleQuery(actor, schoolId, classId),
      );
    return { directory, list };
  };

  it("lists a director's school: pupils with their class, parents with their children, teachers with their classes, the director", async () => {
    const { list } = setup();
    const people = await list('ferry.direction');
    expect(people.map((p) => p.id).sort()).toEqual(
      [
        'ferry.ce2a.prof',
        'ferry.cm2.prof',
        'ferry.direction',
        'hugo.ce2a',
        'ines.ce2a',
        'lea.ce2a',
        'parent.hugo',
        'parent.lea',
        'tom.cm2',
      ].sort(),
    );
    expect(people.find((p) => p.id === 'lea.ce2a')).toEqual({
      id: 'lea.ce2a',
      role: 'PUPIL',
      classes: [{ id: 'ferry-ce2a', name: 'CE2 A' }],
      schoolIds: ['ferry'],
    });
    expect(people.find((p) => p.id === 'parent.hugo')).toEqual({
      id: 'parent.hugo',
      role: 'PARENT',
      classes: [],
      schoolIds: ['ferry'],
      children: [
        { id: 'hugo.ce2a', displayName: 'Hugo Bernard', className: 'CE2 A', classId: 'ferry-ce2a' },
        { id: 'tom.cm2', displayName: 'Tom Bernard', className: 'CM2', classId: 'ferry-cm2' },
      ],
    });
    expect(people.find((p) => p.id === 'ferry.cm2.prof')).toEqual({
      id: 'ferry.cm2.prof',
      role: 'TEACHER',
      classes: [{ id: 'ferry-cm2', name: 'CM2' }],
      schoolIds: ['ferry'],
    });
    expect(people.find((p) => p.id === 'ferry.direction')).toEqual({
      id: 'ferry.direction',
      role: 'SCHOOL_ADMIN',
      classes: [],
      schoolIds: ['ferry'],
    });
  });

  it('lists a teacher registered before any class is theirs', async () => {
    const { directory, list } = setup((rows) =>
      rows.people.push({ id: 'new.prof', role: 'TEACHER', displayName: 'Jean Neuf' }),
    );
    directory.people.add(new SchoolStaff('ferry', 'new.prof'));
    expect((await list('ferry.direction', 'ferry')).find((p) => p.id === 'new.prof')).toEqual({
      id: 'new.prof',
      role: 'TEACHER',
      classes: [],
      schoolIds: ['ferry'],
    });
  });

  it("lists every school of the academy for its administrator, or one of them, never the administrator's peers", async () => {
    const { list } = setup();
    const all = await list('academie.admin');
    expect(all.map((p) => p.id)).toEqual(
      expect.arrayContaining(['nina.curie', 'parent.nina', 'curie.ce2.prof', 'lea.ce2a']),
    );
    expect(all.map((p) => p.id)).not.toContain('academie.admin');
    const curie = await list('academie.admin', 'curie');
    expect(curie.map((p) => p.id).sort()).toEqual(['curie.ce2.prof', 'nina.curie', 'parent.nina']);
  });

  it("shows a parent's children of the school listed only", async () => {
    const { list } = setup((rows) => rows.guardianships.push({ parentId: 'parent.hugo', pupilId: 'nina.curie' }));
    const curie = await list('academie.admin', 'curie');
    expect(curie.find((p) => p.id === 'parent.hugo')?.children?.map((c) => c.id)).toEqual(['nina.curie']);
    const ferry = await list('ferry.direction');
    expect(ferry.find((p) => p.id === 'parent.hugo')?.children?.map((c) => c.id)).toEqual(['hugo.ce2a', 'tom.cm2']);
  });

  it('says which of the listed schools a person belongs to (a parent with children in two schools)', async () => {
    const { list } = setup((rows) => rows.guardianships.push({ parentId: 'parent.hugo', pupilId: 'nina.curie' }));
    const all = await list('academie.admin');
    expect(all.find((p) => p.id === 'parent.hugo')?.schoolIds?.sort()).toEqual(['curie', 'ferry']);
    expect(all.find((p) => p.id === 'nina.curie')?.schoolIds).toEqual(['curie']);
    expect(all.find((p) => p.id === 'parent.hugo')?.children).toEqual(
      expect.arrayContaining([expect.objectContaining({ id: 'nina.curie', classId: 'curie-ce2' })]),
    );
    const ferry = await list('ferry.direction');
    expect(ferry.find((p) => p.id === 'parent.hugo')?.schoolIds).toEqual(['ferry']);
  });

  it("lists one class's people: its pupils, its teachers and its pupils' parents (with all their children)", async () => {
    const { list } = setup();
    const ce2a = await list('ferry.direction', null, 'ferry-ce2a');
    expect(ce2a.map((p) => p.id).sort()).toEqual(
      ['ferry.ce2a.prof', 'hugo.ce2a', 'ines.ce2a', 'lea.ce2a', 'parent.hugo', 'parent.lea'].sort(),
    );
    expect(ce2a.find((p) => p.id === 'parent.hugo')?.children?.map((c) => c.classId)).toEqual([
      'ferry-ce2a',
      'ferry-cm2',
    ]);
    expect((await list('academie.admin', 'ferry', 'ferry-cm2')).map((p) => p.id).sort()).toEqual(
      ['ferry.cm2.prof', 'parent.hugo', 'tom.cm2'].sort(),
    );
  });

  it.each([
    ["a director, for another school's class (404)", 'ferry.direction', null, 'curie-ce2'],
    ['a director, for a class that does not exist (404)', 'ferry.direction', null, 'nowhere'],
    [
      "the academy's administrator, for a class outside the school asked (404)",
      'academie.admin',
      'curie',
      'ferry-ce2a',
    ],
  ])('refuses %s', async (_who, actor, schoolId, classId) => {
    const { list } = setup();
    await expect(list(actor, schoolId, classId)).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });

  it('refuses a teacher (403) even for their own class', async () => {
    const { list } = setup();
    await expect(list('ferry.ce2a.prof', null, 'ferry-ce2a')).rejects.toMatchObject({ code: 'FORBIDDEN' });
  });

  it.each([
    ['a teacher (403)', 'ferry.ce2a.prof', null, 'FORBIDDEN'],
    ['a parent (403)', 'parent.lea', null, 'FORBIDDEN'],
    ['a director, for another school (404)', 'ferry.direction', 'curie', 'NOT_FOUND'],
    ["the academy's administrator, for a school that does not exist (404)", 'academie.admin', 'nowhere', 'NOT_FOUND'],
  ])('refuses %s', async (_who, actor, schoolId, code) => {
    const { list } = setup();
    await expect(list(actor, schoolId)).rejects.toMatchObject({ code });
  });

  it('no longer lists a pupil whose enrolment ended (their parent stays, through another child)', async () => {
    const { directory, list } = setup();
    for (const e of [...directory.enrolments.items]) if (e.pupilId === 'tom.cm2') directory.people.endEnrolment(e);
    const people = await list('ferry.direction');
    expect(people.map((p) => p.id)).not.toContain('tom.cm2');
    expect(people.find((p) => p.id === 'parent.hugo')?.children?.map((c) => c.id)).toEqual(['hugo.ce2a']);
  });
});
