import { FixedClock } from '@preau/kernel';
import { recordingOutbox } from '@preau/platform/testing';
import { demoDirectory } from '../../../testing/demo-directory';
import { SwitchModulesCommand } from './switch-modules.command';
import { SwitchModulesHandler } from './switch-modules.handler';

describe('SwitchModulesHandler', () => {
  const setup = () => {
    const directory = demoDirectory();
    const { outbox, published } = recordingOutbox(new FixedClock());
    return { directory, published, handler: new SwitchModulesHandler(directory.graphs, directory.classes, outbox) };
  };

  it("lets the class's teacher switch a module off, answers the class as it is now and tells the others", async () => {
    const { directory, published, handler } = setup();
    const view = await handler.execute(
      new SwitchModulesCommand('ferry.ce2a.prof', 'ferry-ce2a', { blog: false, media: true }),
    );
    expect(view).toMatchObject({ id: 'ferry-ce2a', modules: { blog: false, media: true } });
    expect(view.permissions).not.toContain('blog.read');
    expect(directory.classes.items.get('ferry-ce2a')?.modules.blog).toBe(false);
    expect(published.map((m) => [m.type, m.payload])).toEqual([
      ['directory.modules-switched', { classId: 'ferry-ce2a', schoolId: 'ferry', changes: { blog: false } }],
    ]);
  });

  it("lets the school's director switch them too", async () => {
    const { published, handler } = setup();
    await handler.execute(new SwitchModulesCommand('ferry.direction', 'ferry-ce2a', { messaging: false }));
    expect(published.map((m) => m.type)).toEqual(['directory.modules-switched']);
  });

  it('publishes nothing when nothing changes', async () => {
    const { published, handler } = setup();
    const view = await handler.execute(new SwitchModulesCommand('ferry.ce2a.prof', 'ferry-ce2a', { blog: true }));
    expect(view.modules.blog).toBe(true);
    expect(published).toEqual([]);
  });

  it.each([
    ['a pupil of the class', 'lea.ce2a', 'FORBIDDEN', 'ActionMustBeAllowedInClass'],
    ['a parent of the class', 'parent.lea', 'FORBIDDEN', 'ActionMustBeAllowedInClass'],
    ["a partner class's teacher", 'curie.ce2.prof', 'FORBIDDEN', 'ActionMustBeAllowedInClass'],
    ['a parent with no child there', 'parent.nina', 'NOT_FOUND', 'ClassMustBeKnownToCaller'],
  ])('refuses %s', async (_who, actor, code, rule) => {
    const { directory, published, handler } = setup();
    await expect(handler.execute(new SwitchModulesCommand(actor, 'ferry-ce2a', { blog: false }))).rejects.toMatchObject(
      { code, details: { rule } },
    );
    expect(directory.classes.items.get('ferry-ce2a')?.modules.blog).toBe(true);
    expect(published).toEqual([]);
  });

  it('answers NOT_FOUND for a class that does not exist', async () => {
    const { handler } = setup();
    await expect(
      handler.execute(new SwitchModulesCommand('ferry.ce2a.prof', 'nowhere', { blog: false })),
    ).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });
});
