import { FixedClock } from '@preau/kernel';
import { recordingOutbox } from '@preau/platform/testing';
import { School } from '../../../domain/school/school';
import { demoDirectory } from '../../../testing/demo-directory';
import { UpdateSchoolCommand } from './update-school.command';
import { UpdateSchoolHandler } from './update-school.handler';

describe('UpdateSchoolHandler', () => {
  const setup = () => {
    const directory = demoDirectory();
    const { outbox, published } = recordingOutbox(new FixedClock());
    return { directory, published, handler: new UpdateSchoolHandler(directory.graphs, directory.schools, outbox) };
  };
  const address = { street: '12 rue Jules Ferry', postalCode: '75011', city: 'Paris' };

  it("lets the academy's administrator change the name, UAI, address and directors", async () => {
    const { directory, published, handler } = setup();
    const view = await handler.execute(
      new UpdateSchoolCommand('academie.admin', 'curie', {
        name: 'École Marie-Curie',
        uai: '0750654D',
        address,
        directorIds: ['ferry.direction'],
      }),
    );
    expect(view).toMatchObject({ id: 'curie', name: 'École Marie-Curie', uai: '0750654D', address, classCount: 1 });
    expect(view.directors.map((d) => d.id)).toEqual(['ferry.direction']);
    expect(directory.schools.items.get('curie')?.directorIds).toEqual(['ferry.direction']);
    expect(published.map((m) => [m.type, m.payload])).toEqual([
      ['directory.school-updated', { schoolId: 'curie', actorId: 'academie.admin' }],
    ]);
  });

  it("lets the school's director change its name and address", async () => {
    const { published, handler } = setup();
    const view = await handler.execute(
      new UpdateSchoolCommand('ferry.direction', 'ferry', { name: 'École Jules-Ferry', address }),
    );
    expect(view).toMatchObject({ name: 'École Jules-Ferry', address, uai: null });
    expect(published).toHaveLength(1);
  });

  it('publishes nothing when nothing changes', async () => {
    const { published, handler } = setup();
    await handler.execute(
      new UpdateSchoolCommand('ferry.direction', 'ferry', { name: 'École élémentaire Jules Ferry' }),
    );
    expect(published).toEqual([]);
  });

  it.each([
    ['its UAI', { uai: '0750654D' }],
    ['its directors', { directorIds: [] }],
  ])('refuses the director changing %s (OnlyTheAcademyNamesUaiAndDirectors)', async (_what, changes) => {
    const { directory, handler } = setup();
    await expect(handler.execute(new UpdateSchoolCommand('ferry.direction', 'ferry', changes))).rejects.toMatchObject({
      code: 'FORBIDDEN',
      details: { rule: 'OnlyTheAcademyNamesUaiAndDirectors' },
    });
    expect(directory.schools.items.get('ferry')).toMatchObject({ uai: null, directorIds: ['ferry.direction'] });
  });

  it('refuses a UAI another school has (UaiIsUnique) and a wrong check letter (UaiHasItsCheckLetter)', async () => {
    const { directory, handler } = setup();
    directory.schools.add(new School('bert', 'demo-academy', 'École Paul Bert', {}, '0750654D'));
    await expect(
      handler.execute(new UpdateSchoolCommand('academie.admin', 'ferry', { uai: '0750654D' })),
    ).rejects.toMatchObject({
      code: 'CONFLICT',
      details: { rule: 'UaiIsUnique' },
    });
    await expect(
      handler.execute(new UpdateSchoolCommand('academie.admin', 'ferry', { uai: '0750654A' })),
    ).rejects.toMatchObject({
      code: 'VALIDATION_FAILED',
      details: { rule: 'UaiHasItsCheckLetter' },
    });
  });

  it('refuses a director who is not a SCHOOL_ADMIN of the academy', async () => {
    const { handler } = setup();
    await expect(
      handler.execute(new UpdateSchoolCommand('academie.admin', 'curie', { directorIds: ['curie.ce2.prof'] })),
    ).rejects.toMatchObject({ code: 'VALIDATION_FAILED', details: { rule: 'DirectorsAreSchoolAdminsOfTheAcademy' } });
  });

  it.each([
    ['a teacher of the school', 'ferry.ce2a.prof', 'ferry', 'FORBIDDEN'],
    ['a parent', 'parent.lea', 'ferry', 'FORBIDDEN'],
    ['a pupil', 'lea.ce2a', 'ferry', 'FORBIDDEN'],
    ["another school's director: 404, they may not know it exists", 'ferry.direction', 'curie', 'NOT_FOUND'],
    ['a school that does not exist', 'academie.admin', 'nowhere', 'NOT_FOUND'],
  ])('refuses %s', async (_who, actor, schoolId, code) => {
    const { published, handler } = setup();
    await expect(handler.execute(new UpdateSchoolCommand(actor, schoolId, { name: 'X' }))).rejects.toMatchObject({
      code,
    });
    expect(published).toEqual([]);
  });
});
