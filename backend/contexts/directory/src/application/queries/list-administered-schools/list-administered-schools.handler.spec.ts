import { demoDirectory } from '../../../testing/demo-directory';
import { ListAdministeredSchoolsHandler } from './list-administered-schools.handler';
import { ListAdministeredSchoolsQuery } from './list-administered-schools.query';

const ALL_ON = { blog: true, messaging: true, media: true, homework: true, liaison: true, calendar: true };

describe('ListAdministeredSchoolsHandler', () => {
  it('lists the school a director runs, with its switches', async () => {
    const { graphs } = demoDirectory((rows) => (rows.schools[0].switches = { messaging: false }));
    expect(
      await new ListAdministeredSchoolsHandler(graphs).execute(new ListAdministeredSchoolsQuery('ferry.direction')),
    ).toEqual([
      {
        id: 'ferry',
        name: 'École élémentaire Jules Ferry',
        academyId: 'demo-academy',
        switches: { ...ALL_ON, messaging: false },
      },
    ]);
  });

  it('lists every school of the academy for its administrator, by name', async () => {
    const { graphs } = demoDirectory();
    const schools = await new ListAdministeredSchoolsHandler(graphs).execute(
      new ListAdministeredSchoolsQuery('academie.admin'),
    );
    expect(schools.map((s) => s.name)).toEqual(['École élémentaire Jules Ferry', 'École élémentaire Marie Curie']);
  });

  it.each([
    ['a teacher', 'ferry.ce2a.prof'],
    ['a parent', 'parent.lea'],
  ])('refuses %s: FORBIDDEN', async (_who, actor) => {
    const { graphs } = demoDirectory();
    await expect(
      new ListAdministeredSchoolsHandler(graphs).execute(new ListAdministeredSchoolsQuery(actor)),
    ).rejects.toMatchObject({ code: 'FORBIDDEN' });
  });
});
