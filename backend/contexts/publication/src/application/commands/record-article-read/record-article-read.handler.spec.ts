import { type BlogFixture, blogFixture, parent, pupil, stranger, teacher } from '../../../testing/blog-fixture';
import { RecordArticleReadCommand } from './record-article-read.command';
import { RecordArticleReadHandler } from './record-article-read.handler';

describe('RecordArticleReadHandler', () => {
  let f: BlogFixture;
  let handler: RecordArticleReadHandler;

  beforeEach(() => {
    f = blogFixture();
    handler = new RecordArticleReadHandler(f.blog, f.readModel, f.clock);
  });

  it('a reader opening a published article leaves one receipt, at the clock’s time, under a shared lock', async () => {
    const published = f.article('published', pupil);
    await handler.execute(new RecordArticleReadCommand(parent, published.id));
    f.clock.advance(1000);
    await handler.execute(new RecordArticleReadCommand(parent, published.id));

    expect(await f.readModel.readers(published.id)).toEqual([
      { person: parent, readAt: new Date('2026-10-05T08:00:00Z') },
    ]);
    expect(f.articles.locks).toEqual([
      { id: published.id, lock: 'share' },
      { id: published.id, lock: 'share' },
    ]);
  });

  it('no receipt for its own author, nor for an article that is not published', async () => {
    const published = f.article('published', pupil);
    const submitted = f.article('submitted', pupil);
    await handler.execute(new RecordArticleReadCommand(pupil, published.id));
    await handler.execute(new RecordArticleReadCommand(teacher, submitted.id));
    expect(f.readModel.receipts).toEqual([]);
  });

  it('who may not read the article leaves nothing (NOT_FOUND)', async () => {
    const published = f.article('published', pupil);
    await expect(handler.execute(new RecordArticleReadCommand(stranger, published.id))).rejects.toMatchObject({
      code: 'NOT_FOUND',
    });
    expect(f.readModel.receipts).toEqual([]);
  });
});
