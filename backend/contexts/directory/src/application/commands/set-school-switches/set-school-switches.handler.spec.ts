import { FixedClock } from '@preau/kernel';
import { recordingOutbox } from '@preau/platform/testing';
import { demoDirectory } from '../../../testing/demo-directory';
import { SetSchoolSwitchesCommand } from './set-school-switches.command';
import { SetSchoolSwitchesHandler } from './set-school-switches.handler';

describe('SetSchoolSwitchesHandler', () => {
  const setup = () => {
    const directory = demoDirectory();
    const { outbox, published } = recordingOutbox(new FixedClock());
    return { directory, published, handler: new SetSchoolSwitchesHandler(directory.graphs, directory.schools, outbox) };
  };

  it.each([
    ["the school's director", 'ferry.direction'],
    ["the academy's administrator", 'academie.admin'],
  ])('lets %s switch a module off for the whole school, and tells the others', async (_who, actor) => {
    const { directory, published, handler } = setup();
    const view = await handler.execute(new SetSchoolSwitchesCommand(actor, 'ferry', { messaging: false, blog: true }));
    expect(view).toMatchObject({ id: 'ferry', switches: { messaging: false, blog: true } });
    expect(directory.schools.items.get('ferry')?.switches).toEqual({ messaging: false });
    expect(published.map((m) => [m.type, m.payload])).toEqual([
      ['directory.school-switches-changed', { schoolId: 'ferry', changes: { messaging: false } }],
    ]);
  });

  it('publishes nothing when nothing changes', async () => {
    const { published, handler } = setup();
    await handler.execute(new SetSchoolSwitchesCommand('ferry.direction', 'ferry', { blog: true }));
    expect(published).toEqual([]);
  });

  it.each([
    ['a teacher of the school', 'ferry.ce2a.prof', 'ferry', 'FORBIDDEN', 'SchoolMustBeAdministeredByActor'],
    ["another school's director", 'ferry.direction', 'curie', 'FORBIDDEN', 'SchoolMustBeAdministeredByActor'],
    ['a school that does not exist', 'academie.admin', 'nowhere', 'NOT_FOUND', 'SchoolMustExist'],
  ])('refuses %s', async (_what, actor, schoolId, code, rule) => {
    const { directory, published, handler } = setup();
    await expect(
      handler.execute(new SetSchoolSwitchesCommand(actor, schoolId, { messaging: false })),
    ).rejects.toMatchObject({ code, details: { rule } });
    expect([...directory.schools.items.values()].map((s) => s.switches)).toEqual([{}, {}]);
    expect(published).toEqual([]);
  });
});
