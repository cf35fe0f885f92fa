import { FixedClock } from '@preau/kernel';
import { recordingOutbox } from '@preau/platform/testing';
import { Partnership } from '../../../domain/partnership/partnership';
import { demoDirectory } from '../../../testing/demo-directory';
import { AcceptPartnershipCommand } from './accept-partnership.command';
import { AcceptPartnershipHandler } from './accept-partnership.handler';

describe('AcceptPartnershipHandler', () => {
  const requestedAt = new Date('2026-12-01T09:00:00Z');
  const clock = new FixedClock(new Date('2026-12-07T09:00:00Z'));
  const setup = () => {
    const directory = demoDirectory();
    directory.partnerships.add(
      Partnership.request({
        id: 'cm2-curie',
        classId: 'ferry-cm2',
        partnerClassId: 'curie-ce2',
        requestedBy: 'ferry.cm2.prof',
        now: requestedAt,
      }),
    );
    const { outbox, published } = recordingOutbox(clock);
    return {
      directory,
      published,
      handler: new AcceptPartnershipHandler(directory.graphs, directory.partnerships, clock, outbox),
    };
  };

  it("lets the invited class's teacher accept, and tells the others", async () => {
    const { directory, published, handler } = setup();
    const view = await handler.execute(new AcceptPartnershipCommand('curie.ce2.prof', 'cm2-curie'));
    expect(view).toEqual({
      id: 'cm2-curie',
      requesterClassId: 'ferry-cm2',
      partnerClassId: 'curie-ce2',
      status: 'active',
    });
    expect(directory.partnerships.items.get('cm2-curie')?.acceptedAt).toEqual(clock.now());
    expect(published.map((m) => [m.type, m.payload])).toEqual([
      [
        'directory.partnership-accepted',
        { partnershipId: 'cm2-curie', classId: 'ferry-cm2', partnerClassId: 'curie-ce2', schoolId: 'curie' },
      ],
    ]);
  });

  it.each([
    ['the teacher who asked', 'ferry.cm2.prof', 'cm2-curie', 'FORBIDDEN', 'OnlyTheOtherClassAccepts'],
    ['a pupil of the invited class', 'nina.curie', 'cm2-curie', 'FORBIDDEN', 'OnlyTheOtherClassAccepts'],
    [
      'a partnership already active',
      'curie.ce2.prof',
      'ferry-ce2a+curie-ce2',
      'CONFLICT',
      'OnlyAPendingPartnershipIsAccepted',
    ],
  ])('refuses %s', async (_what, actor, partnershipId, code, rule) => {
    const { directory, published, handler } = setup();
    await expect(handler.execute(new AcceptPartnershipCommand(actor, partnershipId))).rejects.toMatchObject({
      code,
      details: { rule },
    });
    expect(directory.partnerships.items.get('cm2-curie')?.status).toBe('pending');
    expect(published).toEqual([]);
  });

  it.each([
    ['someone on neither side', 'someone.else', 'cm2-curie'],
    ['a partnership that does not exist', 'curie.ce2.prof', 'nowhere'],
  ])('answers NOT_FOUND to %s', async (_what, actor, partnershipId) => {
    const { directory, published, handler } = setup();
    await expect(handler.execute(new AcceptPartnershipCommand(actor, partnershipId))).rejects.toMatchObject({
      code: 'NOT_FOUND',
    });
    expect(directory.partnerships.items.get('cm2-curie')?.status).toBe('pending');
    expect(published).toEqual([]);
  });
});
