import { PupilGroup } from '../../../domain/pupil-group/pupil-group';
import { demoDirectory } from '../../../testing/demo-directory';
import { UpdateGroupCommand } from './update-group.command';
import { UpdateGroupHandler } from './update-group.handler';

describe('UpdateGroupHandler', () => {
  const setup = () => {
    const directory = demoDirectory();
    const pupilsOfClass = ['lea.ce2a', 'hugo.ce2a', 'ines.ce2a'];
    directory.groups.add(
      PupilGroup.create({
        id: 'readers',
        classId: 'ferry-ce2a',
        name: 'Lecteurs',
        pupilIds: ['lea.ce2a'],
        pupilsOfClass,
      }),
    );
    directory.groups.add(
      PupilGroup.create({
        id: 'writers',
        classId: 'ferry-ce2a',
        name: 'Écrivains',
        pupilIds: ['ines.ce2a'],
        pupilsOfClass,
      }),
    );
    return { directory, handler: new UpdateGroupHandler(directory.graphs, directory.groups) };
  };

  it("lets the class's teacher rename the group and change its pupils", async () => {
    const { directory, handler } = setup();
    const view = await handler.execute(
      new UpdateGroupCommand('ferry.ce2a.prof', 'readers', {
        name: 'Grands lecteurs ',
        pupilIds: ['hugo.ce2a', 'ines.ce2a'],
      }),
    );
    expect(view).toMatchObject({
      id: 'readers',
      name: 'Grands lecteurs',
      pupils: [{ id: 'hugo.ce2a' }, { id: 'ines.ce2a' }],
    });
    expect(directory.groups.items.get('readers')).toMatchObject({
      name: 'Grands lecteurs',
      pupilIds: ['hugo.ce2a', 'ines.ce2a'],
    });
  });

  it('keeps its own name without calling it a duplicate', async () => {
    const { handler } = setup();
    await expect(
      handler.execute(new UpdateGroupCommand('ferry.ce2a.prof', 'readers', { name: 'Lecteurs' })),
    ).resolves.toMatchObject({ name: 'Lecteurs' });
  });

  it.each([
    ['a name another group of the class has', { name: 'Écrivains' }, 'CONFLICT', 'GroupNamesAreUniqueInAClass'],
    ['a pupil of another class', { pupilIds: ['tom.cm2'] }, 'VALIDATION_FAILED', 'GroupMembersArePupilsOfTheClass'],
    ['an empty name', { name: '  ' }, 'VALIDATION_FAILED', 'AGroupHasAName'],
  ])('refuses %s', async (_what, changes, code, rule) => {
    const { directory, handler } = setup();
    await expect(handler.execute(new UpdateGroupCommand('ferry.ce2a.prof', 'readers', changes))).rejects.toMatchObject({
      code,
      details: { rule },
    });
    expect(directory.groups.items.get('readers')).toMatchObject({ name: 'Lecteurs', pupilIds: ['lea.ce2a'] });
  });

  it.each([
    ['a pupil of the class', 'lea.ce2a', 'FORBIDDEN', 'OnlyTheClassTeachersManageGroups'],
    ['a teacher of another school', 'curie.ce2.prof', 'FORBIDDEN', 'OnlyTheClassTeachersManageGroups'],
    ['a parent with no child there', 'parent.nina', 'NOT_FOUND', 'ClassMustBeKnownToCaller'],
  ])('refuses %s', async (_who, actor, code, rule) => {
    const { directory, handler } = setup();
    await expect(handler.execute(new UpdateGroupCommand(actor, 'readers', { name: 'Autre' }))).rejects.toMatchObject({
      code,
      details: { rule },
    });
    expect(directory.groups.items.get('readers')?.name).toBe('Lecteurs');
  });

  it('answers NOT_FOUND for a group that does not exist', async () => {
    const { handler } = setup();
    await expect(
      handler.execute(new UpdateGroupCommand('ferry.ce2a.prof', 'nowhere', { name: 'Autre' })),
    ).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });
});
