import { aPhoto, mediaKit, RESOURCE_KIND } from '../../../testing/media-test-kit';
import { GetMediaQuery } from './get-media.query';
import { GetMediaHandler } from './get-media.handler';

describe('GetMediaHandler', () => {
  const setUp = () => {
    const kit = mediaKit();
    aPhoto(kit, { id: 'm1', ownerId: 'teacher' });
    kit.repo.shares.push({ classId: 'class-a', mediaId: 'm1', by: 'teacher', at: kit.clock.now() });
    kit.repo.usages.push({ context: RESOURCE_KIND, resourceId: 'article-1', mediaId: 'm1', at: kit.clock.now() });
    return { kit, handler: new GetMediaHandler(kit.access, kit.repo, kit.views) };
  };

  it('shows the owner everything: the original and the classes that share it', async () => {
    const { handler } = setUp();
    const view = await handler.execute(new GetMediaQuery('teacher', 'm1'));
    expect(view).toMatchObject({ id: 'm1', sharedWithClassIds: ['class-a'] });
    expect(Object.keys(view.renditions)).toContain('original');
  });

  it('shows it to who may read a class library that shares it, or a resource that uses it, without the original', async () => {
    const { kit, handler } = setUp();
    kit.classes.grant('pupil', 'class-a', ['media.class.read']);
    kit.readable.add('parent:article-1');
    for (const viewer of ['pupil', 'parent']) {
      const view = await handler.execute(new GetMediaQuery(viewer, 'm1'));
      expect(view).toMatchObject({ id: 'm1', sharedWithClassIds: [] });
      expect(Object.keys(view.renditions)).not.toContain('original');
    }
  });

  it('answers NOT_FOUND to anyone else: a stranger, a class member with the module off, an unknown item', async () => {
    const { kit, handler } = setUp();
    kit.classes.grant('pupil', 'class-a', ['media.class.read']).switchOff('class-a', 'media');
    await expect(handler.execute(new GetMediaQuery('stranger', 'm1'))).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(handler.execute(new GetMediaQuery('pupil', 'm1'))).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(handler.execute(new GetMediaQuery('teacher', 'nope'))).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });
});
