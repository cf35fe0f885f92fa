import { ViewResourceMediaQuery } from '@preau/contracts';
import { aPhoto, mediaKit, RESOURCE_KIND } from '../../../testing/media-test-kit';
import { ViewResourceMediaHandler } from './view-resource-media.handler';

describe('ViewResourceMediaHandler', () => {
  it('answers, per resource, its items in registration order as the viewer sees them (the asking context vouched)', async () => {
    const kit = mediaKit();
    aPhoto(kit, { id: 'm1', ownerId: 'teacher' });
    aPhoto(kit, { id: 'm2', ownerId: 'teacher' });
    kit.repo.shares.push({ classId: 'class-a', mediaId: 'm1', by: 'teacher', at: kit.clock.now() });
    kit.repo.usages.push(
      { context: RESOURCE_KIND, resourceId: 'article-1', mediaId: 'm2', at: kit.clock.now() },
      { context: RESOURCE_KIND, resourceId: 'article-1', mediaId: 'm1', at: kit.clock.now() },
      { context: 'messaging', resourceId: 'article-2', mediaId: 'm1', at: kit.clock.now() },
    );
    const result = await new ViewResourceMediaHandler(kit.repo, kit.views).execute(
      new ViewResourceMediaQuery('parent', RESOURCE_KIND, ['article-1', 'article-2', 'article-1']),
    );
    expect(Object.keys(result)).toEqual(['article-1', 'article-2']);
    expect(result['article-1'].map((i) => i.id)).toEqual(['m2', 'm1']);
    expect(result['article-2']).toEqual([]);
    // A reader of the resource gets neither the original (camera metadata) nor where the owner shared it.
    expect(result['article-1'][1]).toMatchObject({ sharedWithClassIds: [] });
    expect(Object.keys(result['article-1'][1].renditions)).not.toContain('original');
  });
});
