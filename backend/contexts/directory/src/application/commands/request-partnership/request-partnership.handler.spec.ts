import { FixedClock } from '@preau/kernel';
import { recordingOutbox } from '@preau/platform/testing';
import { demoDirectory } from '../../../testing/demo-directory';
import { RequestPartnershipCommand } from './request-partnership.command';
import { RequestPartnershipHandler } from './request-partnership.handler';

describe('RequestPartnershipHandler', () => {
  const clock = new FixedClock(new Date('2026-12-07T09:00:00Z'));
  const setup = () => {
    const directory = demoDirectory();
    const { outbox, published } = recordingOutbox(clock);
    return {
      directory,
      published,
      handler: new RequestPartnershipHandler(directory.graphs, directory.partnerships, clock, outbox),
    };
  };

  it("lets a class's teacher ask another school's class, pending until its teacher accepts", async () => {
    const { directory, published, handler } = setup();
    const view = await handler.execute(new RequestPartnershipCommand('ferry.cm2.prof', 'ferry-cm2', 'curie-ce2'));
    expect(view).toEqual({
      id: expect.any(String),
      requesterClassId: 'ferry-cm2',
      partnerClassId: 'curie-ce2',
      status: 'pending',
    });
    expect(directory.partnerships.items.get(view.id)).toMatchObject({
      requestedBy: 'ferry.cm2.prof',
      createdAt: clock.now(),
      acceptedAt: null,
    });
    expect(published.map((m) => [m.type, m.payload])).toEqual([
      [
        'directory.partnership-requested',
        { partnershipId: view.id, classId: 'ferry-cm2', partnerClassId: 'curie-ce2', schoolId: 'ferry' },
      ],
    ]);
  });

  it.each([
    ['a pupil of the class', 'tom.cm2', 'ferry-cm2', 'curie-ce2', 'FORBIDDEN', 'ActionMustBeAllowedInClass'],
    [
      'a teacher of another class',
      'ferry.ce2a.prof',
      'ferry-cm2',
      'curie-ce2',
      'FORBIDDEN',
      'ActionMustBeAllowedInClass',
    ],
    [
      'a second request for the same pair, either way round',
      'curie.ce2.prof',
      'curie-ce2',
      'ferry-ce2a',
      'CONFLICT',
      'OnePartnershipPerPairOfClasses',
    ],
    [
      'a class partnering itself',
      'ferry.cm2.prof',
      'ferry-cm2',
      'ferry-cm2',
      'VALIDATION_FAILED',
      'AClassDoesNotPartnerItself',
    ],
  ])('refuses %s', async (_what, actor, classId, partnerClassId, code, rule) => {
    const { directory, published, handler } = setup();
    await expect(handler.execute(new RequestPartnershipCommand(actor, classId, partnerClassId))).rejects.toMatchObject({
      code,
      details: { rule },
    });
    expect(directory.partnerships.items.size).toBe(1);
    expect(published).toEqual([]);
  });

  it('answers NOT_FOUND for a partner class that does not exist', async () => {
    const { published, handler } = setup();
    await expect(
      handler.execute(new RequestPartnershipCommand('ferry.cm2.prof', 'ferry-cm2', 'nowhere')),
    ).rejects.toMatchObject({ code: 'NOT_FOUND', details: { field: 'partnerClassId' } });
    expect(published).toEqual([]);
  });
});
