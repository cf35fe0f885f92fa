import { FixedClock } from '@preau/kernel';
import { recordingOutbox } from '@preau/platform/testing';
import { demoDirectory } from '../../../testing/demo-directory';
import { InMemorySchoolYearsReadModel } from '../../../testing/in-memory-school-years.read-model';
import { CreateClassCommand } from './create-class.command';
import { CreateClassHandler } from './create-class.handler';

describe('CreateClassHandler', () => {
  const setup = (years = new InMemorySchoolYearsReadModel(['2026-2027', '2027-2028'])) => {
    const directory = demoDirectory();
    const { outbox, published } = recordingOutbox(new FixedClock());
    return {
      directory,
      published,
      handler: new CreateClassHandler(directory.graphs, directory.classes, years, outbox),
    };
  };

  it.each([
    ["the school's director", 'ferry.direction'],
    ["the academy's administrator", 'academie.admin'],
  ])(
    'lets %s create a double-level class of the current year with a teacher, and tells the others',
    async (_who, actor) => {
      const { directory, published, handler } = setup();
      const view = await handler.execute(
        new CreateClassCommand(actor, 'ferry', {
          name: 'CE2/CM1',
          levels: ['CM1', 'CE2'],
          teacherIds: ['ferry.cm2.prof'],
        }),
      );
      expect(view).toMatchObject({
        name: 'CE2/CM1',
        schoolId: 'ferry',
        schoolYearId: '2026-2027',
        levels: ['CE2', 'CM1'],
        teachers: [{ id: 'ferry.cm2.prof', displayName: 'Paul Garnier', role: 'TEACHER' }],
        pupilCount: 0,
      });
      const stored = directory.classes.items.get(view.id);
      expect(stored?.teacherIds).toEqual(['ferry.cm2.prof']);
      expect(stored?.modules).toMatchObject({ blog: true, messaging: true });
      expect(published.map((m) => [m.type, m.payload])).toEqual([
        ['directory.class-created', { classId: view.id, schoolId: 'ferry', actorId: actor }],
      ]);
    },
  );

  it('creates a class of a given year (next year, prepared in June)', async () => {
    const { handler } = setup();
    const view = await handler.execute(
      new CreateClassCommand('ferry.direction', 'ferry', { name: 'CP', levels: ['CP'], schoolYearId: '2027-2028' }),
    );
    expect(view).toMatchObject({ schoolYearId: '2027-2028', teachers: [] });
  });

  it('refuses a school year that does not exist, or no current year (SchoolYearExists)', async () => {
    await expect(
      setup().handler.execute(
        new CreateClassCommand('ferry.direction', 'ferry', { name: 'CP', levels: ['CP'], schoolYearId: '2030-2031' }),
      ),
    ).rejects.toMatchObject({ code: 'VALIDATION_FAILED', details: { rule: 'SchoolYearExists' } });
    await expect(
      setup(new InMemorySchoolYearsReadModel([], null)).handler.execute(
        new CreateClassCommand('ferry.direction', 'ferry', { name: 'CP', levels: ['CP'] }),
      ),
    ).rejects.toMatchObject({ code: 'VALIDATION_FAILED', details: { rule: 'SchoolYearExists' } });
  });

  it('refuses a name the school already has this year (ClassNameIsUniqueInSchoolYear, CONFLICT)', async () => {
    const { published, handler } = setup();
    await expect(
      handler.execute(new CreateClassCommand('ferry.direction', 'ferry', { name: ' CM2 ', levels: ['CM2'] })),
    ).rejects.toMatchObject({
      code: 'CONFLICT',
      details: { rule: 'ClassNameIsUniqueInSchoolYear' },
    });
    expect(published).toEqual([]);
  });

  it('refuses three levels (AClassHasOneOrTwoLevels)', async () => {
    await expect(
      setup().handler.execute(
        new CreateClassCommand('ferry.direction', 'ferry', { name: 'Multi', levels: ['CE1', 'CE2', 'CM1'] }),
      ),
    ).rejects.toMatchObject({ code: 'VALIDATION_FAILED', details: { rule: 'AClassHasOneOrTwoLevels' } });
  });

  it.each([
    ['a parent', 'parent.lea'],
    ['a pupil', 'lea.ce2a'],
    ['an unknown person', 'nobody'],
  ])('refuses %s as a teacher (TeachersAreStaffOfTheAcademy)', async (_who, teacherId) => {
    await expect(
      setup().handler.execute(
        new CreateClassCommand('ferry.direction', 'ferry', { name: 'CP', levels: ['CP'], teacherIds: [teacherId] }),
      ),
    ).rejects.toMatchObject({ code: 'VALIDATION_FAILED', details: { rule: 'TeachersAreStaffOfTheAcademy' } });
  });

  it("accepts a teacher of another school of the academy (Marie Curie's)", async () => {
    const view = await setup().handler.execute(
      new CreateClassCommand('ferry.direction', 'ferry', {
        name: 'CP',
        levels: ['CP'],
        teacherIds: ['curie.ce2.prof'],
      }),
    );
    expect(view.teachers.map((t) => t.id)).toEqual(['curie.ce2.prof']);
  });

  it.each([
    ['a teacher of the school', 'ferry.ce2a.prof', 'ferry', 'FORBIDDEN'],
    ['a parent', 'parent.lea', 'ferry', 'FORBIDDEN'],
    ['a pupil', 'lea.ce2a', 'ferry', 'FORBIDDEN'],
    ["another school's director: 404, they may not know it exists", 'ferry.direction', 'curie', 'NOT_FOUND'],
    ['a school that does not exist', 'academie.admin', 'nowhere', 'NOT_FOUND'],
  ])('refuses %s', async (_who, actor, schoolId, code) => {
    const { directory, published, handler } = setup();
    await expect(
      handler.execute(new CreateClassCommand(actor, schoolId, { name: 'CP', levels: ['CP'] })),
    ).rejects.toMatchObject({ code });
    expect(directory.classes.items.size).toBe(3);
    expect(published).toEqual([]);
  });
});
