import { ReleaseMediaUsageCommand } from '@preau/contracts';
import { aPhoto, mediaKit, RESOURCE_KIND } from '../../../testing/media-test-kit';
import { ReleaseMediaUsageHandler } from './release-media-usage.handler';

describe('ReleaseMediaUsageHandler', () => {
  it("forgets that resource's usages only; the items stay in their owners' libraries", async () => {
    const kit = mediaKit();
    aPhoto(kit, { id: 'm1', ownerId: 'teacher' });
    kit.repo.usages.push(
      { context: RESOURCE_KIND, resourceId: 'article-1', mediaId: 'm1', at: kit.clock.now() },
      { context: RESOURCE_KIND, resourceId: 'article-2', mediaId: 'm1', at: kit.clock.now() },
    );
    await new ReleaseMediaUsageHandler(kit.repo).execute(
      new ReleaseMediaUsageCommand({ context: RESOURCE_KIND, resourceId: 'article-1' }),
    );
    expect(kit.repo.usages.map((u) => u.resourceId)).toEqual(['article-2']);
    expect(kit.repo.items.has('m1')).toBe(true);
  });
});
