import { SchoolClass } from '../../../domain/school-class/school-class';
import { demoDirectory } from '../../../testing/demo-directory';
import { ListSchoolClassesHandler } from './list-school-classes.handler';
import { ListSchoolClassesQuery } from './list-school-classes.query';

describe('ListSchoolClassesHandler', () => {
  const list = (actor: string, schoolId: string, directory = demoDirectory()) =>
    new ListSchoolClassesHandler(directory.graphs, directory.classes).execute(
      new ListSchoolClassesQuery(actor, schoolId),
    );

  it('lists the classes of the school its director runs, by name, with teachers, how many pupils, year and levels', async () => {
    expect(await list('ferry.direction', 'ferry')).toEqual([
      {
        id: 'ferry-ce2a',
        name: 'CE2 A',
        schoolId: 'ferry',
        teachers: [{ id: 'ferry.ce2a.prof', displayName: 'Anne Lefèvre', role: 'TEACHER' }],
        pupilCount: 3,
        schoolYearId: '2026-2027',
        levels: ['CE2'],
      },
      {
        id: 'ferry-cm2',
        name: 'CM2',
        schoolId: 'ferry',
        teachers: [{ id: 'ferry.cm2.prof', displayName: 'Paul Garnier', role: 'TEACHER' }],
        pupilCount: 1,
        schoolYearId: '2026-2027',
        levels: ['CM2'],
      },
    ]);
  });

  it("lists this year's classes only", async () => {
    const directory = demoDirectory();
    directory.classes.add(
      SchoolClass.create({
        id: 'next',
        schoolId: 'ferry',
        schoolYearId: '2027-2028',
        name: 'CP',
        levels: ['CP'],
        teacherIds: [],
      }),
    );
    directory.classes.add(
      SchoolClass.create({
        id: 'now',
        schoolId: 'ferry',
        schoolYearId: '2026-2027',
        name: 'CE1/CE2',
        levels: ['CE2', 'CE1'],
        teacherIds: [],
      }),
    );
    const classes = await list('academie.admin', 'ferry', directory);
    expect(classes.map((c) => [c.name, c.levels])).toEqual([
      ['CE1/CE2', ['CE1', 'CE2']],
      ['CE2 A', ['CE2']],
      ['CM2', ['CM2']],
    ]);
  });

  it.each([
    ['a teacher of the school', 'ferry.ce2a.prof', 'ferry', 'FORBIDDEN', 'OnlyAdministratorsRunSchools'],
    ['a parent', 'parent.lea', 'ferry', 'FORBIDDEN', 'OnlyAdministratorsRunSchools'],
    [
      "another school's director (they may not know it exists)",
      'ferry.direction',
      'curie',
      'NOT_FOUND',
      'SchoolMustBeInReach',
    ],
  ])('refuses %s', async (_who, actor, schoolId, code, rule) => {
    await expect(list(actor, schoolId)).rejects.toMatchObject({ code, details: { rule } });
  });

  it('answers NOT_FOUND for a school that does not exist', async () => {
    await expect(list('academie.admin', 'nowhere')).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });
});
