import { GetSchoolRosterQuery } from '@preau/contracts';
import { demoDirectory } from '../../../testing/demo-directory';
import { InMemorySchoolYearsReadModel } from '../../../testing/in-memory-school-years.read-model';
import { GetSchoolRosterHandler } from './get-school-roster.handler';

describe('GetSchoolRosterHandler', () => {
  const setup = () => {
    const directory = demoDirectory();
    return {
      directory,
      handler: new GetSchoolRosterHandler(directory.graphs, directory.rosters, directory.schoolYears),
    };
  };

  it("answers the school's classes, its pupils and their guardians (children of this school only)", async () => {
    const { directory, handler } = setup();
    const lea = directory.people.people.get('lea.ce2a');
    lea?.update({ firstName: 'Léa', lastName: 'MARTIN', ine: '1234567890A', birthDate: '2017-03-14' });

    const roster = await handler.execute(new GetSchoolRosterQuery('ferry.direction', 'ferry'));

    expect(roster.schoolId).toBe('ferry');
    expect(roster.schoolYearId).toBe('2026-2027');
    expect(roster.classes.map((c) => [c.id, c.name, c.levels])).toEqual([
      ['ferry-ce2a', 'CE2 A', ['CE2']],
      ['ferry-cm2', 'CM2', ['CM2']],
    ]);
    expect(roster.pupils.map((p) => p.id).sort()).toEqual(['hugo.ce2a', 'ines.ce2a', 'lea.ce2a', 'tom.cm2']);
    expect(roster.pupils.find((p) => p.id === 'lea.ce2a')).toEqual({
      id: 'lea.ce2a',
      ine: '1234567890A',
      firstName: 'Léa',
      lastName: 'MARTIN',
      usualName: null,
      birthDate: '2017-03-14',
      classId: 'ferry-ce2a',
    });
    expect(roster.guardians.map((g) => [g.id, g.childIds])).toEqual([
      ['parent.hugo', ['hugo.ce2a', 'tom.cm2']], // Karim Bernard
      ['parent.lea', ['lea.ce2a']], // Sophie Martin
    ]);
    expect(roster.pupils.map((p) => p.id)).not.toContain('nina.curie');
  });

  it("lets the academy's administrator read any school of the academy", async () => {
    const { handler } = setup();
    const roster = await handler.execute(new GetSchoolRosterQuery('academie.admin', 'curie'));
    expect(roster.pupils.map((p) => p.id)).toEqual(['nina.curie']);
  });

  it.each([
    ['a director of another school, who may not know it (404)', 'ferry.direction', 'curie', 'NOT_FOUND'],
    ['a teacher of the school (403)', 'ferry.ce2a.prof', 'ferry', 'FORBIDDEN'],
    ['a parent (403)', 'parent.lea', 'ferry', 'FORBIDDEN'],
    ['anyone, for a school that does not exist (404)', 'academie.admin', 'nowhere', 'NOT_FOUND'],
  ])('refuses %s', async (_who, actor, schoolId, code) => {
    const { handler } = setup();
    await expect(handler.execute(new GetSchoolRosterQuery(actor, schoolId))).rejects.toMatchObject({ code });
  });

  it('refuses when no school year is current', async () => {
    const directory = demoDirectory();
    const handler = new GetSchoolRosterHandler(
      directory.graphs,
      directory.rosters,
      new InMemorySchoolYearsReadModel([], null),
    );
    await expect(handler.execute(new GetSchoolRosterQuery('ferry.direction', 'ferry'))).rejects.toMatchObject({
      code: 'CONFLICT',
      details: { rule: 'CurrentSchoolYearMustExist' },
    });
  });
});
