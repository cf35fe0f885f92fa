import { ViewResourceMediaQuery } from '@preau/contracts';
import { encodeKeysetCursor } from '@preau/platform';
import {
  type BlogFixture,
  blogFixture,
  CLASS_ID,
  parent,
  pupil,
  stranger,
  teacher,
} from '../../../testing/blog-fixture';
import { ListArticlesQuery } from './list-articles.query';
import { ListArticlesHandler } from './list-articles.handler';

describe('ListArticlesHandler', () => {
  let f: BlogFixture;
  let handler: ListArticlesHandler;

  beforeEach(() => {
    f = blogFixture();
    handler = new ListArticlesHandler(f.blog, f.readModel, f.views);
  });

  it('asks the read model for what each reader may list: a parent published only, a pupil also their own, a teacher all', async () => {
    for (const viewer of [parent, pupil, teacher])
      await handler.execute(new ListArticlesQuery(viewer.id, CLASS_ID, { limit: 20 }));
    expect(f.readModel.filters.map((filter) => [filter.viewerId, filter.unpublished, filter.limit])).toEqual([
      [parent.id, 'none', 21],
      [pupil.id, 'own', 21],
      [teacher.id, 'all', 21],
    ]);
  });

  it('maps rows to summaries, with their media asked once for the page, and pages with a cursor', async () => {
    const first = f.article('published', pupil, { title: 'Premier' });
    f.clock.advance(60_000);
    const second = f.article('published', pupil, { title: 'Second' });
    f.comment(second, 'visible');
    f.comment(second, 'pending');

    const page = await handler.execute(new ListArticlesQuery(parent.id, CLASS_ID, { limit: 1 }));
    expect(page.items).toEqual([
      expect.objectContaining({
        id: second.id,
        title: 'Second',
        author: pupil,
        commentCount: 1,
        pendingCommentCount: 0,
        read: false,
        cover: null,
        publishedAt: second.publishedAt?.toISOString(),
      }),
    ]);
    expect(page.nextCursor).toBe(encodeKeysetCursor(second.publishedAt as Date, second.id));
    expect(f.bus.sentOf(ViewResourceMediaQuery)).toEqual([
      expect.objectContaining({ viewerId: parent.id, context: 'publication', resourceIds: [second.id] }),
    ]);

    const next = await handler.execute(
      new ListArticlesQuery(parent.id, CLASS_ID, { limit: 1, cursor: page.nextCursor as string }),
    );
    expect(next.items.map((a) => a.id)).toEqual([first.id]);
    expect(next.nextCursor).toBeNull();
  });

  it("counts the held comments for the class's teachers only", async () => {
    const article = f.article('published', pupil);
    f.comment(article, 'pending');
    const [forTeacher] = (await handler.execute(new ListArticlesQuery(teacher.id, CLASS_ID, { limit: 20 }))).items;
    expect(forTeacher).toMatchObject({ commentCount: 1, pendingCommentCount: 1 });
  });

  it('refuses a cursor it did not write (VALIDATION_FAILED on the field cursor)', async () => {
    await expect(
      handler.execute(new ListArticlesQuery(parent.id, CLASS_ID, { limit: 20, cursor: 'not-a-cursor' })),
    ).rejects.toMatchObject({
      code: 'VALIDATION_FAILED',
      details: { errors: [{ field: 'cursor' }] },
    });
  });

  it('NOT_FOUND for who does not know the class, FORBIDDEN without blog.read, MODULE_DISABLED when the blog is off', async () => {
    await expect(handler.execute(new ListArticlesQuery(stranger.id, CLASS_ID, { limit: 20 }))).rejects.toMatchObject({
      code: 'NOT_FOUND',
    });
    f.access.grant(parent.id, CLASS_ID, []);
    await expect(handler.execute(new ListArticlesQuery(parent.id, CLASS_ID, { limit: 20 }))).rejects.toMatchObject({
      code: 'FORBIDDEN',
      details: { action: 'blog.read' },
    });
    f.access.switchOff(CLASS_ID, 'blog');
    await expect(handler.execute(new ListArticlesQuery(pupil.id, CLASS_ID, { limit: 20 }))).rejects.toMatchObject({
      code: 'MODULE_DISABLED',
    });
    expect(f.readModel.filters).toEqual([]);
  });
});
