import { aPhoto, mediaKit } from '../../../testing/media-test-kit';
import { UnshareFromClassCommand } from './unshare-from-class.command';
import { UnshareFromClassHandler } from './unshare-from-class.handler';

describe('UnshareFromClassHandler', () => {
  const setUp = () => {
    const kit = mediaKit();
    kit.classes.grant('teacher', 'class-a', ['media.class.read', 'media.class.share']);
    kit.classes.grant('pupil', 'class-a', ['media.class.read']);
    aPhoto(kit, { id: 'm1', ownerId: 'colleague' });
    kit.repo.shares.push({ classId: 'class-a', mediaId: 'm1', by: 'colleague', at: kit.clock.now() });
    return { kit, handler: new UnshareFromClassHandler(kit.classes, kit.repo) };
  };

  it('takes an item out of the class library (a teacher of the class, whoever shared it); the item stays', async () => {
    const { kit, handler } = setUp();
    await handler.execute(new UnshareFromClassCommand('teacher', 'class-a', 'm1'));
    expect(kit.repo.shares).toEqual([]);
    expect(kit.repo.items.has('m1')).toBe(true);
  });

  it('answers NOT_FOUND for an item the class library does not hold', async () => {
    const { handler } = setUp();
    await expect(handler.execute(new UnshareFromClassCommand('teacher', 'class-a', 'other'))).rejects.toMatchObject({
      code: 'NOT_FOUND',
    });
  });

  it('refuses who may only read the library (FORBIDDEN), a stranger (NOT_FOUND), a switched-off module', async () => {
    const { kit, handler } = setUp();
    await expect(handler.execute(new UnshareFromClassCommand('pupil', 'class-a', 'm1'))).rejects.toMatchObject({
      code: 'FORBIDDEN',
      details: { action: 'media.class.share' },
    });
    await expect(handler.execute(new UnshareFromClassCommand('stranger', 'class-a', 'm1'))).rejects.toMatchObject({
      code: 'NOT_FOUND',
    });
    kit.classes.switchOff('class-a', 'media');
    await expect(handler.execute(new UnshareFromClassCommand('teacher', 'class-a', 'm1'))).rejects.toMatchObject({
      code: 'MODULE_DISABLED',
    });
    expect(kit.repo.shares).toHaveLength(1);
  });
});
