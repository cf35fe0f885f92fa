import { FixedClock } from '@preau/kernel';
import { recordingOutbox } from '@preau/platform/testing';
import { demoDirectory } from '../../../testing/demo-directory';
import { EndPartnershipCommand } from './end-partnership.command';
import { EndPartnershipHandler } from './end-partnership.handler';

describe('EndPartnershipHandler', () => {
  const ACTIVE = 'ferry-ce2a+curie-ce2';
  const setup = () => {
    const directory = demoDirectory();
    const { outbox, published } = recordingOutbox(new FixedClock());
    return {
      directory,
      published,
      handler: new EndPartnershipHandler(directory.graphs, directory.partnerships, outbox),
    };
  };

  it.each([
    ['the class that asked', 'ferry.ce2a.prof'],
    ['the class that accepted', 'curie.ce2.prof'],
  ])('lets a teacher of %s end it, and tells the others', async (_side, actor) => {
    const { directory, published, handler } = setup();
    await handler.execute(new EndPartnershipCommand(actor, ACTIVE));
    expect(directory.partnerships.items.has(ACTIVE)).toBe(false);
    expect(published.map((m) => [m.type, m.payload])).toEqual([
      [
        'directory.partnership-ended',
        { partnershipId: ACTIVE, classId: 'ferry-ce2a', partnerClassId: 'curie-ce2', schoolId: 'ferry' },
      ],
    ]);
  });

  it('refuses a pupil of either class (OnlyATeacherOfEitherClassEndsIt)', async () => {
    const { directory, published, handler } = setup();
    await expect(handler.execute(new EndPartnershipCommand('lea.ce2a', ACTIVE))).rejects.toMatchObject({
      code: 'FORBIDDEN',
      details: { rule: 'OnlyATeacherOfEitherClassEndsIt' },
    });
    expect(directory.partnerships.items.has(ACTIVE)).toBe(true);
    expect(published).toEqual([]);
  });

  it.each([
    ['someone on neither side', 'someone.else', ACTIVE],
    ['a partnership that does not exist', 'ferry.ce2a.prof', 'nowhere'],
  ])('answers NOT_FOUND to %s', async (_what, actor, partnershipId) => {
    const { directory, published, handler } = setup();
    await expect(handler.execute(new EndPartnershipCommand(actor, partnershipId))).rejects.toMatchObject({
      code: 'NOT_FOUND',
    });
    expect(directory.partnerships.items.has(ACTIVE)).toBe(true);
    expect(published).toEqual([]);
  });
});
