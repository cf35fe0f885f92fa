import { School } from '../../../domain/school/school';
import { demoDirectory } from '../../../testing/demo-directory';
import { ListAdministeredSchoolsHandler } from './list-administered-schools.handler';
import { ListAdministeredSchoolsQuery } from './list-administered-schools.query';

const ALL_ON = { blog: true, messaging: true, media: true, homework: true, liaison: true, calendar: true };

describe('ListAdministeredSchoolsHandler', () => {
  const list = (directory: ReturnType<typeof demoDirectory>, actor: string) =>
    new ListAdministeredSchoolsHandler(directory.graphs, directory.schools).execute(
      new ListAdministeredSchoolsQuery(actor),
    );

  it('lists the school a director runs, with its switches, UAI, address, directors and how many classes', async () => {
    const directory = demoDirectory((rows) => (rows.schools[0].switches = { messaging: false }));
    expect(await list(directory, 'ferry.direction')).toEqual([
      {
        id: 'ferry',
        name: 'École élémentaire Jules Ferry',
        academyId: 'demo-academy',
        switches: { ...ALL_ON, messaging: false },
        uai: null,
        address: null,
        directors: [{ id: 'ferry.direction', displayName: 'Marc Moreau', role: 'SCHOOL_ADMIN' }],
        classCount: 2,
      },
    ]);
  });

  it('lists every school of the academy for its administrator, by name, new ones included', async () => {
    const directory = demoDirectory();
    const created = new School('bert', 'demo-academy', 'École Paul Bert', {}, '0750654D', {
      street: '1 rue Paul Bert',
      postalCode: '75011',
      city: 'Paris',
    });
    directory.schools.add(created);
    const schools = await list(directory, 'academie.admin');
    expect(schools.map((s) => [s.name, s.uai, s.classCount])).toEqual([
      ['École élémentaire Jules Ferry', null, 2],
      ['École élémentaire Marie Curie', null, 1],
      ['École Paul Bert', '0750654D', 0],
    ]);
  });

  it.each([
    ['a teacher', 'ferry.ce2a.prof'],
    ['a parent', 'parent.lea'],
  ])('refuses %s: FORBIDDEN', async (_who, actor) => {
    await expect(list(demoDirectory(), actor)).rejects.toMatchObject({ code: 'FORBIDDEN' });
  });
});
