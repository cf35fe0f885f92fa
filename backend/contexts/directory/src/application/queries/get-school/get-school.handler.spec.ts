import { demoDirectory } from '../../../testing/demo-directory';
import { GetSchoolHandler } from './get-school.handler';
import { GetSchoolQuery } from './get-school.query';

describe('GetSchoolHandler', () => {
  const get = (actor: string, schoolId: string) => {
    const directory = demoDirectory();
    const ferry = directory.schools.items.get('ferry');
    if (ferry) {
      ferry.uai = '0750654D';
      ferry.address = { street: '12 rue Jules Ferry', postalCode: '75011', city: 'Paris' };
    }
    return new GetSchoolHandler(directory.graphs, directory.schools).execute(new GetSchoolQuery(actor, schoolId));
  };

  it.each([
    ["the school's director", 'ferry.direction'],
    ["the academy's administrator", 'academie.admin'],
  ])('shows %s the school with its UAI, address, directors and classes', async (_who, actor) => {
    expect(await get(actor, 'ferry')).toMatchObject({
      id: 'ferry',
      uai: '0750654D',
      address: { street: '12 rue Jules Ferry', postalCode: '75011', city: 'Paris' },
      directors: [{ id: 'ferry.direction', displayName: 'Marc Moreau', role: 'SCHOOL_ADMIN' }],
      classCount: 2,
    });
  });

  it.each([
    ['a teacher of the school', 'ferry.ce2a.prof', 'ferry', 'FORBIDDEN'],
    ['a parent', 'parent.lea', 'ferry', 'FORBIDDEN'],
    ["another school's director: 404, they may not know it exists", 'ferry.direction', 'curie', 'NOT_FOUND'],
    ['a school that does not exist', 'academie.admin', 'nowhere', 'NOT_FOUND'],
  ])('refuses %s', async (_who, actor, schoolId, code) => {
    await expect(get(actor, schoolId)).rejects.toMatchObject({ code });
  });
});
