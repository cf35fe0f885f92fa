import { FixedClock } from '@preau/kernel';
import { recordingOutbox } from '@preau/platform/testing';
import { demoDirectory } from '../../../testing/demo-directory';
import { ChangeClassSettingsCommand } from './change-class-settings.command';
import { ChangeClassSettingsHandler } from './change-class-settings.handler';

describe('ChangeClassSettingsHandler', () => {
  const setup = () => {
    const directory = demoDirectory();
    const { outbox, published } = recordingOutbox(new FixedClock());
    return {
      directory,
      published,
      handler: new ChangeClassSettingsHandler(directory.graphs, directory.classes, outbox),
    };
  };

  it("lets the class's teacher change a setting, answers the class as it is now and tells what changed", async () => {
    const { directory, published, handler } = setup();
    const view = await handler.execute(
      new ChangeClassSettingsCommand('ferry.ce2a.prof', 'ferry-ce2a', {
        commentModeration: 'off',
        holdPupilMessages: true,
      }),
    );
    expect(view.settings).toEqual({ commentModeration: 'off', holdPupilMessages: true, shareBlogWithPartners: false });
    expect(directory.classes.items.get('ferry-ce2a')?.settings.commentModeration).toBe('off');
    // holdPupilMessages was already on in CE2 A: only the real change travels.
    expect(published.map((m) => [m.type, m.payload])).toEqual([
      [
        'directory.settings-changed',
        { classId: 'ferry-ce2a', schoolId: 'ferry', changes: { commentModeration: 'off' } },
      ],
    ]);
  });

  it('publishes nothing when nothing changes', async () => {
    const { published, handler } = setup();
    await handler.execute(
      new ChangeClassSettingsCommand('ferry.direction', 'ferry-ce2a', { commentModeration: 'held' }),
    );
    expect(published).toEqual([]);
  });

  it.each([
    ['a pupil of the class', 'lea.ce2a', 'FORBIDDEN', 'ActionMustBeAllowedInClass'],
    ['the academy administrator', 'academie.admin', 'FORBIDDEN', 'ActionMustBeAllowedInClass'],
    ['a parent with no child there', 'parent.nina', 'NOT_FOUND', 'ClassMustBeKnownToCaller'],
  ])('refuses %s', async (_who, actor, code, rule) => {
    const { directory, published, handler } = setup();
    await expect(
      handler.execute(new ChangeClassSettingsCommand(actor, 'ferry-ce2a', { commentModeration: 'off' })),
    ).rejects.toMatchObject({ code, details: { rule } });
    expect(directory.classes.items.get('ferry-ce2a')?.settings.commentModeration).toBe('held');
    expect(published).toEqual([]);
  });
});
