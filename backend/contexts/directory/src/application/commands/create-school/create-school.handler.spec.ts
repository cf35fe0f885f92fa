import { FixedClock } from '@preau/kernel';
import { recordingOutbox } from '@preau/platform/testing';
import { School } from '../../../domain/school/school';
import { demoDirectory } from '../../../testing/demo-directory';
import { CreateSchoolCommand } from './create-school.command';
import { CreateSchoolHandler } from './create-school.handler';

describe('CreateSchoolHandler', () => {
  const setup = () => {
    const directory = demoDirectory();
    const { outbox, published } = recordingOutbox(new FixedClock());
    return { directory, published, handler: new CreateSchoolHandler(directory.graphs, directory.schools, outbox) };
  };
  const address = { street: '1 rue Paul Bert', postalCode: '75011', city: 'Paris' };

  it("creates a school of the academy administrator's academy, and tells the others", async () => {
    const { directory, published, handler } = setup();
    const view = await handler.execute(
      new CreateSchoolCommand('academie.admin', { name: 'École Paul Bert', uai: '0750654d', address }),
    );
    expect(view).toMatchObject({
      name: 'École Paul Bert',
      academyId: 'demo-academy',
      uai: '0750654D',
      address,
      directors: [],
      classCount: 0,
    });
    expect(view.switches.messaging).toBe(true);
    expect(directory.schools.items.get(view.id)).toMatchObject({ uai: '0750654D', academyId: 'demo-academy' });
    expect(published.map((m) => [m.type, m.payload])).toEqual([
      ['directory.school-created', { schoolId: view.id, actorId: 'academie.admin' }],
    ]);
  });

  it('names a director of the academy', async () => {
    const { handler } = setup();
    const view = await handler.execute(
      new CreateSchoolCommand('academie.admin', {
        name: 'École Paul Bert',
        uai: '0750654D',
        directorId: 'ferry.direction',
      }),
    );
    expect(view.directors).toEqual([{ id: 'ferry.direction', displayName: 'Marc Moreau', role: 'SCHOOL_ADMIN' }]);
  });

  it.each([
    ['a teacher', 'ferry.ce2a.prof'],
    ['a parent', 'parent.lea'],
    ['a pupil', 'lea.ce2a'],
  ])(
    'refuses a director as a director needs a SCHOOL_ADMIN of the academy: %s (DirectorsAreSchoolAdminsOfTheAcademy)',
    async (_who, directorId) => {
      const { directory, handler } = setup();
      await expect(
        handler.execute(
          new CreateSchoolCommand('academie.admin', { name: 'École Paul Bert', uai: '0750654D', directorId }),
        ),
      ).rejects.toMatchObject({ code: 'VALIDATION_FAILED', details: { rule: 'DirectorsAreSchoolAdminsOfTheAcademy' } });
      expect(directory.schools.items.size).toBe(2);
    },
  );

  it('refuses a UAI whose check letter is wrong (UaiHasItsCheckLetter)', async () => {
    const { published, handler } = setup();
    await expect(
      handler.execute(new CreateSchoolCommand('academie.admin', { name: 'X', uai: '0750654E' })),
    ).rejects.toMatchObject({
      code: 'VALIDATION_FAILED',
      details: { rule: 'UaiHasItsCheckLetter', errors: [{ field: 'uai' }] },
    });
    expect(published).toEqual([]);
  });

  it('refuses a UAI another school has (UaiIsUnique, CONFLICT)', async () => {
    const { directory, handler } = setup();
    directory.schools.add(new School('bert', 'demo-academy', 'École Paul Bert', {}, '0750654D'));
    await expect(
      handler.execute(new CreateSchoolCommand('academie.admin', { name: 'Autre', uai: '0750654D' })),
    ).rejects.toMatchObject({
      code: 'CONFLICT',
      details: { rule: 'UaiIsUnique' },
    });
  });

  it.each([
    ['a director', 'ferry.direction'],
    ['a teacher', 'ferry.ce2a.prof'],
    ['a parent', 'parent.lea'],
    ['a pupil', 'lea.ce2a'],
  ])('refuses %s: only an academy administrator creates schools (FORBIDDEN)', async (_who, actor) => {
    const { directory, published, handler } = setup();
    await expect(handler.execute(new CreateSchoolCommand(actor, { name: 'X', uai: '0750654D' }))).rejects.toMatchObject(
      {
        code: 'FORBIDDEN',
        details: { rule: 'OnlyAnAcademyAdministratorCreatesSchools' },
      },
    );
    expect(directory.schools.items.size).toBe(2);
    expect(published).toEqual([]);
  });
});
