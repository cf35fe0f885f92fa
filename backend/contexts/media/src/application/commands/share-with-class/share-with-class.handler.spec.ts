import { aPhoto, mediaKit } from '../../../testing/media-test-kit';
import { ShareWithClassCommand } from './share-with-class.command';
import { ShareWithClassHandler } from './share-with-class.handler';

describe('ShareWithClassHandler', () => {
  const setUp = () => {
    const kit = mediaKit();
    kit.classes.grant('teacher', 'class-a', ['media.class.read', 'media.class.share'], { schoolId: 'school-1' });
    aPhoto(kit, { id: 'm1', ownerId: 'teacher', size: 3000 });
    const handler = new ShareWithClassHandler(
      kit.classes,
      kit.access,
      kit.repo,
      kit.settings,
      kit.clock,
      kit.outbox,
      kit.views,
    );
    return { kit, handler };
  };

  it('shares my item into the class library, under the class quota lock, and publishes media.shared-with-class', async () => {
    const { kit, handler } = setUp();
    const view = await handler.execute(new ShareWithClassCommand('teacher', 'class-a', 'm1'));
    expect(view).toMatchObject({ id: 'm1', sharedWithClassIds: ['class-a'] });
    expect(kit.repo.shares).toEqual([{ classId: 'class-a', mediaId: 'm1', by: 'teacher', at: kit.clock.now() }]);
    expect(kit.repo.locks).toEqual(['class:class-a']);
    expect(kit.published.map((m) => [m.type, m.payload])).toEqual([
      ['media.shared-with-class', { mediaId: 'm1', classId: 'class-a', schoolId: 'school-1' }],
    ]);
  });

  it('sharing again changes nothing and publishes nothing', async () => {
    const { kit, handler } = setUp();
    await handler.execute(new ShareWithClassCommand('teacher', 'class-a', 'm1'));
    await expect(handler.execute(new ShareWithClassCommand('teacher', 'class-a', 'm1'))).resolves.toMatchObject({
      sharedWithClassIds: ['class-a'],
    });
    expect(kit.repo.shares).toHaveLength(1);
    expect(kit.published).toHaveLength(1);
  });

  it('refuses when the class library would pass its quota (QUOTA_EXCEEDED)', async () => {
    const { kit, handler } = setUp();
    aPhoto(kit, { id: 'm2', ownerId: 'teacher', size: 2500 });
    await handler.execute(new ShareWithClassCommand('teacher', 'class-a', 'm2'));
    await expect(handler.execute(new ShareWithClassCommand('teacher', 'class-a', 'm1'))).rejects.toMatchObject({
      code: 'QUOTA_EXCEEDED',
      details: { used: 2500, quota: kit.settings.classQuotaBytes },
    });
    expect(kit.repo.shares.map((s) => s.mediaId)).toEqual(['m2']);
  });

  it('refuses whom the class does not let share: FORBIDDEN, MODULE_DISABLED, NOT_FOUND for a stranger', async () => {
    const { kit, handler } = setUp();
    kit.classes.grant('pupil', 'class-a', ['media.class.read']);
    aPhoto(kit, { id: 'p1', ownerId: 'pupil' });
    await expect(handler.execute(new ShareWithClassCommand('pupil', 'class-a', 'p1'))).rejects.toMatchObject({
      code: 'FORBIDDEN',
      details: { action: 'media.class.share' },
    });
    await expect(handler.execute(new ShareWithClassCommand('teacher', 'class-b', 'm1'))).rejects.toMatchObject({
      code: 'NOT_FOUND',
    });
    kit.classes.switchOff('class-a', 'media');
    await expect(handler.execute(new ShareWithClassCommand('teacher', 'class-a', 'm1'))).rejects.toMatchObject({
      code: 'MODULE_DISABLED',
    });
    expect(kit.repo.shares).toEqual([]);
    expect(kit.published).toEqual([]);
  });

  it("refuses to share someone else's item, even one I see (OnlyTheOwnerChangesAnItem)", async () => {
    const { kit, handler } = setUp();
    aPhoto(kit, { id: 'c1', ownerId: 'colleague' });
    kit.repo.shares.push({ classId: 'class-b', mediaId: 'c1', by: 'colleague', at: kit.clock.now() });
    kit.classes.grant('teacher', 'class-b', ['media.class.read']);
    await expect(handler.execute(new ShareWithClassCommand('teacher', 'class-a', 'c1'))).rejects.toMatchObject({
      code: 'FORBIDDEN',
      details: { rule: 'OnlyTheOwnerChangesAnItem' },
    });
    expect(kit.published).toEqual([]);
  });
});
