import { addReadersGroup, demoDirectory } from '../../../testing/demo-directory';
import { DeleteGroupCommand } from './delete-group.command';
import { DeleteGroupHandler } from './delete-group.handler';

describe('DeleteGroupHandler', () => {
  const setup = () => {
    const directory = demoDirectory();
    addReadersGroup(directory);
    return { directory, handler: new DeleteGroupHandler(directory.graphs, directory.groups) };
  };

  it("lets the class's teacher delete the group", async () => {
    const { directory, handler } = setup();
    await handler.execute(new DeleteGroupCommand('ferry.ce2a.prof', 'readers'));
    expect(directory.groups.items.has('readers')).toBe(false);
  });

  it.each([
    ["the school's director", 'ferry.direction', 'FORBIDDEN', 'OnlyTheClassTeachersManageGroups'],
    ['a pupil of the class', 'lea.ce2a', 'FORBIDDEN', 'OnlyTheClassTeachersManageGroups'],
    ['a parent with no child there', 'parent.nina', 'NOT_FOUND', 'ClassMustBeKnownToCaller'],
  ])('refuses %s', async (_who, actor, code, rule) => {
    const { directory, handler } = setup();
    await expect(handler.execute(new DeleteGroupCommand(actor, 'readers'))).rejects.toMatchObject({
      code,
      details: { rule },
    });
    expect(directory.groups.items.has('readers')).toBe(true);
  });

  it('answers NOT_FOUND for a group that does not exist', async () => {
    const { handler } = setup();
    await expect(handler.execute(new DeleteGroupCommand('ferry.ce2a.prof', 'nowhere'))).rejects.toMatchObject({
      code: 'NOT_FOUND',
    });
  });
});
