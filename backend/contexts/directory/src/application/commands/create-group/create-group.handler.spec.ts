import { demoDirectory } from '../../../testing/demo-directory';
import { CreateGroupCommand } from './create-group.command';
import { CreateGroupHandler } from './create-group.handler';

describe('CreateGroupHandler', () => {
  const setup = () => {
    const directory = demoDirectory();
    return { directory, handler: new CreateGroupHandler(directory.graphs, directory.groups) };
  };

  it("lets the class's teacher group some of its pupils, listed by name", async () => {
    const { directory, handler } = setup();
    const view = await handler.execute(
      new CreateGroupCommand('ferry.ce2a.prof', 'ferry-ce2a', ' Lecteurs ', ['lea.ce2a', 'hugo.ce2a']),
    );
    expect(view).toEqual({
      id: expect.any(String),
      classId: 'ferry-ce2a',
      name: 'Lecteurs',
      pupils: [
        { id: 'hugo.ce2a', displayName: 'Hugo Bernard', role: 'PUPIL' },
        { id: 'lea.ce2a', displayName: 'Léa Martin', role: 'PUPIL' },
      ],
    });
    expect(directory.groups.items.get(view.id)).toMatchObject({
      name: 'Lecteurs',
      pupilIds: ['lea.ce2a', 'hugo.ce2a'],
    });
  });

  it.each([
    [
      "the school's director (not a teacher of the class)",
      'ferry.direction',
      'ferry-ce2a',
      ['lea.ce2a'],
      'FORBIDDEN',
      'OnlyTheClassTeachersManageGroups',
    ],
    ['a pupil of the class', 'lea.ce2a', 'ferry-ce2a', ['lea.ce2a'], 'FORBIDDEN', 'OnlyTheClassTeachersManageGroups'],
    [
      'a teacher of another school',
      'curie.ce2.prof',
      'ferry-cm2',
      ['tom.cm2'],
      'NOT_FOUND',
      'ClassMustBeKnownToCaller',
    ],
    [
      'a pupil of another class in the group',
      'ferry.ce2a.prof',
      'ferry-ce2a',
      ['lea.ce2a', 'tom.cm2'],
      'VALIDATION_FAILED',
      'GroupMembersArePupilsOfTheClass',
    ],
  ])('refuses %s', async (_what, actor, classId, pupils, code, rule) => {
    const { directory, handler } = setup();
    await expect(handler.execute(new CreateGroupCommand(actor, classId, 'Lecteurs', pupils))).rejects.toMatchObject({
      code,
      details: { rule },
    });
    expect(directory.groups.items.size).toBe(0);
  });

  it('refuses a second group of the same name in the class (GroupNamesAreUniqueInAClass)', async () => {
    const { directory, handler } = setup();
    await handler.execute(new CreateGroupCommand('ferry.ce2a.prof', 'ferry-ce2a', 'Lecteurs', ['lea.ce2a']));
    await expect(
      handler.execute(new CreateGroupCommand('ferry.ce2a.prof', 'ferry-ce2a', ' Lecteurs', ['hugo.ce2a'])),
    ).rejects.toMatchObject({
      code: 'CONFLICT',
      details: { rule: 'GroupNamesAreUniqueInAClass' },
    });
    expect(directory.groups.items.size).toBe(1);
  });
});
