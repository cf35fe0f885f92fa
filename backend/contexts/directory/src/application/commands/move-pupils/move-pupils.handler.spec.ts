import { FixedClock } from '@preau/kernel';
import { recordingOutbox } from '@preau/platform/testing';
import { SchoolClass } from '../../../domain/school-class/school-class';
import { demoDirectory } from '../../../testing/demo-directory';
import { MovePupilsCommand } from './move-pupils.command';
import { MovePupilsHandler } from './move-pupils.handler';

describe('MovePupilsHandler', () => {
  const setup = () => {
    const directory = demoDirectory();
    const { outbox, published } = recordingOutbox(new FixedClock());
    directory.classes.add(
      SchoolClass.create({
        id: 'ferry-ce2cm1',
        schoolId: 'ferry',
        schoolYearId: '2026-2027',
        name: 'CE2/CM1',
        levels: ['CE2', 'CM1'],
        teacherIds: ['ferry.cm2.prof'],
      }),
    );
    const handler = new MovePupilsHandler(
      directory.graphs,
      directory.classes,
      directory.enrolments,
      directory.schoolYears,
      outbox,
    );
    const classOf = async (pupilId: string) =>
      (await directory.enrolments.ofPupils([pupilId], '2026-2027'))[0]?.classId;
    return { directory, published, handler, classOf };
  };

  it.each([
    ["the school's director", 'ferry.direction'],
    ["the academy's administrator", 'academie.admin'],
  ])('lets %s move pupils of the school into a class of this year, and tells the others', async (_who, actor) => {
    const { directory, published, handler, classOf } = setup();
    const view = await handler.execute(new MovePupilsCommand(actor, 'ferry-ce2cm1', ['hugo.ce2a', 'tom.cm2']));
    expect(view).toMatchObject({ id: 'ferry-ce2cm1', pupilCount: 2 });
    expect([await classOf('hugo.ce2a'), await classOf('tom.cm2'), await classOf('lea.ce2a')]).toEqual([
      'ferry-ce2cm1',
      'ferry-ce2cm1',
      'ferry-ce2a',
    ]);
    expect((await directory.graphs.around({ personIds: [] })).pupilsOf('ferry-ce2a')).toEqual([
      'lea.ce2a',
      'ines.ce2a',
    ]);
    expect(published.map((m) => [m.type, m.payload])).toEqual([
      [
        'directory.pupils-moved',
        { schoolId: 'ferry', classId: 'ferry-ce2cm1', actorId: actor, pupilIds: ['hugo.ce2a', 'tom.cm2'] },
      ],
    ]);
  });

  it('publishes nothing for pupils already in the class', async () => {
    const { published, handler } = setup();
    expect(await handler.execute(new MovePupilsCommand('ferry.direction', 'ferry-ce2a', ['lea.ce2a']))).toMatchObject({
      pupilCount: 3,
    });
    expect(published).toEqual([]);
  });

  it.each([
    ["another school's pupil", 'nina.curie'],
    ['a parent', 'parent.lea'],
    ['someone unknown', 'nobody'],
  ])('answers NOT_FOUND for %s (PupilsAreOfTheSchool), moving no one', async (_who, pupilId) => {
    const { published, handler, classOf } = setup();
    await expect(
      handler.execute(new MovePupilsCommand('academie.admin', 'ferry-ce2cm1', ['hugo.ce2a', pupilId])),
    ).rejects.toMatchObject({
      code: 'NOT_FOUND',
      details: { rule: 'PupilsAreOfTheSchool', pupilIds: [pupilId] },
    });
    expect(await classOf('hugo.ce2a')).toBe('ferry-ce2a');
    expect(published).toEqual([]);
  });

  it('refuses a class of another year (PupilsMoveWithinTheCurrentYear)', async () => {
    const { directory, handler } = setup();
    directory.classes.add(
      SchoolClass.create({
        id: 'next-cm1',
        schoolId: 'ferry',
        schoolYearId: '2027-2028',
        name: 'CM1',
        levels: ['CM1'],
        teacherIds: [],
      }),
    );
    await expect(
      handler.execute(new MovePupilsCommand('ferry.direction', 'next-cm1', ['hugo.ce2a'])),
    ).rejects.toMatchObject({
      code: 'VALIDATION_FAILED',
      details: { rule: 'PupilsMoveWithinTheCurrentYear' },
    });
  });

  it.each([
    ['a teacher of the school', 'ferry.ce2a.prof', 'ferry-ce2cm1', 'FORBIDDEN'],
    ['a parent', 'parent.hugo', 'ferry-ce2cm1', 'FORBIDDEN'],
    ['a pupil', 'hugo.ce2a', 'ferry-ce2cm1', 'FORBIDDEN'],
    ["another school's director: 404, they may not know it exists", 'ferry.direction', 'curie-ce2', 'NOT_FOUND'],
    ['a class that does not exist', 'academie.admin', 'nowhere', 'NOT_FOUND'],
  ])('refuses %s', async (_who, actor, classId, code) => {
    const { published, handler, classOf } = setup();
    await expect(handler.execute(new MovePupilsCommand(actor, classId, ['hugo.ce2a']))).rejects.toMatchObject({ code });
    expect(await classOf('hugo.ce2a')).toBe('ferry-ce2a');
    expect(published).toEqual([]);
  });
});
