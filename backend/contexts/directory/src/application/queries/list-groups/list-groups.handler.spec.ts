import { PupilGroup } from '../../../domain/pupil-group/pupil-group';
import { demoDirectory } from '../../../testing/demo-directory';
import { ListGroupsHandler } from './list-groups.handler';
import { ListGroupsQuery } from './list-groups.query';

describe('ListGroupsHandler', () => {
  const setup = () => {
    const directory = demoDirectory();
    directory.groups.add(
      PupilGroup.create({
        id: 'w',
        classId: 'ferry-ce2a',
        name: 'Écrivains',
        pupilIds: ['ines.ce2a'],
        pupilsOfClass: ['ines.ce2a'],
      }),
    );
    directory.groups.add(
      PupilGroup.create({
        id: 'r',
        classId: 'ferry-ce2a',
        name: 'Lecteurs',
        pupilIds: ['lea.ce2a'],
        pupilsOfClass: ['lea.ce2a'],
      }),
    );
    directory.groups.add(
      PupilGroup.create({
        id: 'o',
        classId: 'ferry-cm2',
        name: 'Autre classe',
        pupilIds: ['tom.cm2'],
        pupilsOfClass: ['tom.cm2'],
      }),
    );
    return new ListGroupsHandler(directory.graphs, directory.groups);
  };

  it("lists the class's groups, by name, for its teacher", async () => {
    const groups = await setup().execute(new ListGroupsQuery('ferry.ce2a.prof', 'ferry-ce2a'));
    expect(groups.map((g) => [g.name, g.pupils.map((p) => p.id)])).toEqual([
      ['Écrivains', ['ines.ce2a']],
      ['Lecteurs', ['lea.ce2a']],
    ]);
  });

  it.each([
    ['a pupil of the class', 'lea.ce2a', 'FORBIDDEN', 'OnlyTheClassTeachersManageGroups'],
    ['a parent with no child there', 'parent.nina', 'NOT_FOUND', 'ClassMustBeKnownToCaller'],
  ])('refuses %s', async (_who, actor, code, rule) => {
    await expect(setup().execute(new ListGroupsQuery(actor, 'ferry-ce2a'))).rejects.toMatchObject({
      code,
      details: { rule },
    });
  });
});
