import { ListRecipientGroupsQuery } from '@preau/contracts';
import { addReadersGroup, demoDirectory } from '../../../testing/demo-directory';
import { ListRecipientGroupsHandler } from './list-recipient-groups.handler';

describe('ListRecipientGroupsHandler', () => {
  const setup = () => {
    const directory = demoDirectory();
    addReadersGroup(directory);
    return new ListRecipientGroupsHandler(directory.graphs);
  };

  it("names a teacher's sets after their class, group or school", async () => {
    const groups = await setup().execute(new ListRecipientGroupsQuery('ferry.ce2a.prof'));
    const byKind = Object.fromEntries(groups.map((g) => [g.kind, g]));
    expect(byKind['class-pupils']).toEqual({
      id: 'class-pupils:ferry-ce2a',
      kind: 'class-pupils',
      name: 'CE2 A',
      classId: 'ferry-ce2a',
      memberIds: ['lea.ce2a', 'hugo.ce2a', 'ines.ce2a'],
    });
    expect(byKind['pupil-group']).toMatchObject({
      kind: 'pupil-group',
      name: 'Lecteurs',
      classId: 'ferry-ce2a',
      memberIds: ['lea.ce2a'],
    });
    expect(groups.map((g) => g.name)).not.toContain('');
  });

  it("offers a pupil their own class and its teachers, never the class's families nor its groups", async () => {
    const groups = await setup().execute(new ListRecipientGroupsQuery('lea.ce2a'));
    expect(groups.map((g) => [g.kind, g.name, g.memberIds])).toEqual([
      ['class-pupils', 'CE2 A', ['hugo.ce2a', 'ines.ce2a']],
      ['class-teachers', 'CE2 A', ['ferry.ce2a.prof']],
    ]);
  });

  it('offers someone unknown nothing', async () => {
    expect(await setup().execute(new ListRecipientGroupsQuery('nobody'))).toEqual([]);
  });
});
