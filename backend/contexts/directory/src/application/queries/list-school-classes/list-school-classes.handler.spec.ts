import { demoDirectory } from '../../../testing/demo-directory';
import { ListSchoolClassesHandler } from './list-school-classes.handler';
import { ListSchoolClassesQuery } from './list-school-classes.query';

describe('ListSchoolClassesHandler', () => {
  const list = (actor: string, schoolId: string) =>
    new ListSchoolClassesHandler(demoDirectory().graphs).execute(new ListSchoolClassesQuery(actor, schoolId));

  it('lists the classes of the school its director runs, by name, with teachers and how many pupils', async () => {
    expect(await list('ferry.direction', 'ferry')).toEqual([
      {
        id: 'ferry-ce2a',
        name: 'CE2 A',
        schoolId: 'ferry',
        teachers: [{ id: 'ferry.ce2a.prof', displayName: 'Anne Lefèvre', role: 'TEACHER' }],
        pupilCount: 3,
      },
      {
        id: 'ferry-cm2',
        name: 'CM2',
        schoolId: 'ferry',
        teachers: [{ id: 'ferry.cm2.prof', displayName: 'Paul Garnier', role: 'TEACHER' }],
        pupilCount: 1,
      },
    ]);
  });

  it.each([
    ['a teacher of the school', 'ferry.ce2a.prof', 'ferry'],
    ["another school's director", 'ferry.direction', 'curie'],
  ])('refuses %s (SchoolMustBeAdministeredByActor)', async (_who, actor, schoolId) => {
    await expect(list(actor, schoolId)).rejects.toMatchObject({
      code: 'FORBIDDEN',
      details: { rule: 'SchoolMustBeAdministeredByActor' },
    });
  });

  it('answers NOT_FOUND for a school that does not exist', async () => {
    await expect(list('academie.admin', 'nowhere')).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });
});
