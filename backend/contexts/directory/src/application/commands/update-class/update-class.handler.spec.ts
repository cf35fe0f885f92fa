import { FixedClock } from '@preau/kernel';
import { recordingOutbox } from '@preau/platform/testing';
import { SchoolClass } from '../../../domain/school-class/school-class';
import { demoDirectory } from '../../../testing/demo-directory';
import { UpdateClassCommand } from './update-class.command';
import { UpdateClassHandler } from './update-class.handler';

describe('UpdateClassHandler', () => {
  const setup = () => {
    const directory = demoDirectory();
    const { outbox, published } = recordingOutbox(new FixedClock());
    return { directory, published, handler: new UpdateClassHandler(directory.graphs, directory.classes, outbox) };
  };

  it.each([
    ["the school's director", 'ferry.direction'],
    ["the academy's administrator", 'academie.admin'],
  ])('lets %s rename a class, change its levels and replace its teachers', async (_who, actor) => {
    const { directory, published, handler } = setup();
    const view = await handler.execute(
      new UpdateClassCommand(actor, 'ferry-ce2a', {
        name: 'CE2/CM1 A',
        levels: ['CM1', 'CE2'],
        teacherIds: ['ferry.cm2.prof'],
      }),
    );
    expect(view).toMatchObject({
      id: 'ferry-ce2a',
      name: 'CE2/CM1 A',
      levels: ['CE2', 'CM1'],
      teachers: [{ id: 'ferry.cm2.prof', displayName: 'Paul Garnier', role: 'TEACHER' }],
      pupilCount: 3,
    });
    expect(directory.classes.items.get('ferry-ce2a')?.teacherIds).toEqual(['ferry.cm2.prof']);
    expect(published.map((m) => [m.type, m.payload])).toEqual([
      ['directory.class-updated', { classId: 'ferry-ce2a', schoolId: 'ferry', actorId: actor }],
    ]);
  });

  it('publishes nothing when nothing changes', async () => {
    const { published, handler } = setup();
    await handler.execute(
      new UpdateClassCommand('ferry.direction', 'ferry-ce2a', {
        name: 'CE2 A',
        levels: ['CE2'],
        teacherIds: ['ferry.ce2a.prof'],
      }),
    );
    expect(published).toEqual([]);
  });

  it('refuses the name of another class of the school this year (ClassNameIsUniqueInSchoolYear), not one of another year', async () => {
    const { directory, handler } = setup();
    await expect(
      handler.execute(new UpdateClassCommand('ferry.direction', 'ferry-ce2a', { name: 'CM2' })),
    ).rejects.toMatchObject({
      code: 'CONFLICT',
      details: { rule: 'ClassNameIsUniqueInSchoolYear' },
    });
    directory.classes.add(
      SchoolClass.create({
        id: 'old',
        schoolId: 'ferry',
        schoolYearId: '2025-2026',
        name: 'CE2 B',
        levels: ['CE2'],
        teacherIds: [],
      }),
    );
    expect(
      await handler.execute(new UpdateClassCommand('ferry.direction', 'ferry-ce2a', { name: 'CE2 B' })),
    ).toMatchObject({ name: 'CE2 B' });
  });

  it('refuses three levels and a teacher outside the academy', async () => {
    const { handler } = setup();
    await expect(
      handler.execute(new UpdateClassCommand('ferry.direction', 'ferry-ce2a', { levels: ['CE1', 'CE2', 'CM1'] })),
    ).rejects.toMatchObject({
      details: { rule: 'AClassHasOneOrTwoLevels' },
    });
    await expect(
      handler.execute(new UpdateClassCommand('ferry.direction', 'ferry-ce2a', { teacherIds: ['parent.lea'] })),
    ).rejects.toMatchObject({
      details: { rule: 'TeachersAreStaffOfTheAcademy' },
    });
  });

  it.each([
    ['a teacher of the class', 'ferry.ce2a.prof', 'ferry-ce2a', 'FORBIDDEN'],
    ['a parent', 'parent.lea', 'ferry-ce2a', 'FORBIDDEN'],
    ['a pupil', 'lea.ce2a', 'ferry-ce2a', 'FORBIDDEN'],
    ["another school's director: 404, they may not know it exists", 'ferry.direction', 'curie-ce2', 'NOT_FOUND'],
    ['a class that does not exist', 'academie.admin', 'nowhere', 'NOT_FOUND'],
  ])('refuses %s', async (_who, actor, classId, code) => {
    const { directory, published, handler } = setup();
    await expect(handler.execute(new UpdateClassCommand(actor, classId, { name: 'X' }))).rejects.toMatchObject({
      code,
    });
    expect(directory.classes.items.get('ferry-ce2a')?.name).toBe('CE2 A');
    expect(published).toEqual([]);
  });
});
