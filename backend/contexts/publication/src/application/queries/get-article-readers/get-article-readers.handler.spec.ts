import { type BlogFixture, blogFixture, parent, pupil, stranger, teacher } from '../../../testing/blog-fixture';
import { GetArticleReadersQuery } from './get-article-readers.query';
import { GetArticleReadersHandler } from './get-article-readers.handler';

describe('GetArticleReadersHandler', () => {
  let f: BlogFixture;
  let handler: GetArticleReadersHandler;

  beforeEach(() => {
    f = blogFixture();
    handler = new GetArticleReadersHandler(f.blog, f.readModel);
  });

  it('a teacher of the class gets the receipts, times as ISO strings', async () => {
    const article = f.article('published', pupil);
    await f.readModel.recordRead(article.id, parent, f.clock.now());
    expect(await handler.execute(new GetArticleReadersQuery(teacher.id, article.id))).toEqual({
      readers: [{ person: parent, readAt: f.clock.now().toISOString() }],
    });
  });

  it('its author and its readers may not see them (FORBIDDEN blog.moderate)', async () => {
    const article = f.article('published', pupil);
    for (const someone of [pupil, parent]) {
      await expect(handler.execute(new GetArticleReadersQuery(someone.id, article.id))).rejects.toMatchObject({
        code: 'FORBIDDEN',
        details: { action: 'blog.moderate' },
      });
    }
  });

  it('NOT_FOUND for who does not know the class', async () => {
    const article = f.article('published', pupil);
    await expect(handler.execute(new GetArticleReadersQuery(stranger.id, article.id))).rejects.toMatchObject({
      code: 'NOT_FOUND',
    });
  });
});
