import { GetPlacementQuery } from '@preau/contracts';
import { demoDirectory } from '../../../testing/demo-directory';
import { GetPlacementHandler } from './get-placement.handler';

describe('GetPlacementHandler', () => {
  const place = (personId: string) =>
    new GetPlacementHandler(demoDirectory().graphs).execute(new GetPlacementQuery(personId));

  it("places a parent in their children's school, children by name with their class", async () => {
    expect(await place('parent.hugo')).toEqual({
      schools: [{ id: 'ferry', name: 'École élémentaire Jules Ferry' }],
      classes: [],
      children: [
        { id: 'hugo.ce2a', displayName: 'Hugo Bernard', classId: 'ferry-ce2a', className: 'CE2 A' },
        { id: 'tom.cm2', displayName: 'Tom Bernard', classId: 'ferry-cm2', className: 'CM2' },
      ],
    });
  });

  it('places a teacher in the classes they teach', async () => {
    expect(await place('ferry.ce2a.prof')).toEqual({
      schools: [{ id: 'ferry', name: 'École élémentaire Jules Ferry' }],
      classes: [{ id: 'ferry-ce2a', name: 'CE2 A', schoolId: 'ferry' }],
      children: [],
    });
  });

  it("places the academy's administrator in every school of the academy, by name", async () => {
    const placement = await place('academie.admin');
    expect(placement.schools.map((s) => s.id)).toEqual(['ferry', 'curie']);
    expect(placement.classes).toEqual([]);
  });

  it('places someone unknown nowhere', async () => {
    expect(await place('nobody')).toEqual({ schools: [], classes: [], children: [] });
  });
});
