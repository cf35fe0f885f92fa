import { ViewResourceMediaQuery } from '@preau/contracts';
import {
  type BlogFixture,
  blogFixture,
  CLASS_ID,
  OTHER_CLASS_ID,
  parent,
  pupil,
  stranger,
  teacher,
} from '../../../testing/blog-fixture';
import { GetModerationQueueQuery } from './get-moderation-queue.query';
import { GetModerationQueueHandler } from './get-moderation-queue.handler';

describe('GetModerationQueueHandler', () => {
  let f: BlogFixture;
  let handler: GetModerationQueueHandler;

  beforeEach(() => {
    f = blogFixture();
    handler = new GetModerationQueueHandler(f.blog, f.readModel, f.views);
  });

  it("a teacher gets the class's submitted articles and held comments, with counts", async () => {
    const submitted = f.article('submitted', pupil, { title: 'À valider' });
    f.article('draft', pupil);
    const published = f.article('published', pupil, { title: 'Publié' });
    const held = f.comment(published, 'pending', parent);
    f.comment(published, 'visible', parent);
    f.article('submitted', pupil, { classId: OTHER_CLASS_ID });

    const queue = await handler.execute(new GetModerationQueueQuery(teacher.id, CLASS_ID));
    expect(queue.classId).toBe(CLASS_ID);
    expect(queue.submitted.map((a) => [a.id, a.status])).toEqual([[submitted.id, 'submitted']]);
    expect(queue.pendingComments).toEqual([
      expect.objectContaining({
        id: held.id,
        articleTitle: 'Publié',
        author: parent,
        permissions: { approve: true, hide: true, delete: true },
      }),
    ]);
    expect(queue.counts).toEqual({ submitted: 1, pendingComments: 1 });
    expect(f.readModel.filters).toEqual([
      expect.objectContaining({ classId: CLASS_ID, unpublished: 'all', status: 'submitted', limit: 100 }),
    ]);
    expect(f.bus.sentOf(ViewResourceMediaQuery)).toEqual([
      expect.objectContaining({ viewerId: teacher.id, resourceIds: [submitted.id] }),
    ]);
  });

  it('pupils and parents have no queue (FORBIDDEN blog.moderate); strangers do not know the class (NOT_FOUND)', async () => {
    for (const someone of [pupil, parent]) {
      await expect(handler.execute(new GetModerationQueueQuery(someone.id, CLASS_ID))).rejects.toMatchObject({
        code: 'FORBIDDEN',
        details: { action: 'blog.moderate' },
      });
    }
    await expect(handler.execute(new GetModerationQueueQuery(stranger.id, CLASS_ID))).rejects.toMatchObject({
      code: 'NOT_FOUND',
    });
    expect(f.readModel.filters).toEqual([]);
  });

  it('MODULE_DISABLED when the class switched its blog off', async () => {
    f.access.switchOff(CLASS_ID, 'blog');
    await expect(handler.execute(new GetModerationQueueQuery(teacher.id, CLASS_ID))).rejects.toMatchObject({
      code: 'MODULE_DISABLED',
    });
  });
});
