import { ReleaseMediaUsageCommand } from '@preau/contracts';
import {
  type BlogFixture,
  blogFixture,
  CLASS_ID,
  otherPupil,
  parent,
  pupil,
  stranger,
  teacher,
} from '../../../testing/blog-fixture';
import { DeleteArticleCommand } from './delete-article.command';
import { DeleteArticleHandler } from './delete-article.handler';

describe('DeleteArticleHandler', () => {
  let f: BlogFixture;
  let handler: DeleteArticleHandler;

  beforeEach(() => {
    f = blogFixture();
    handler = new DeleteArticleHandler(f.blog, f.articles, f.outbox, f.bus.asBus());
  });

  it('a teacher of the class deletes any article: its media usages are released, ArticleDeleted is published', async () => {
    const published = f.article('published', pupil);
    await handler.execute(new DeleteArticleCommand(teacher, published.id));

    expect(f.articles.all()).toEqual([]);
    expect(f.bus.sentOf(ReleaseMediaUsageCommand)).toEqual([
      expect.objectContaining({ usage: { context: 'publication', resourceId: published.id } }),
    ]);
    expect(f.published.map((m) => [m.type, m.actorId, m.payload])).toEqual([
      ['publication.article-deleted', teacher.id, { articleId: published.id, classId: CLASS_ID, authorId: pupil.id }],
    ]);
  });

  it('its author deletes their own draft', async () => {
    const draft = f.article('draft', pupil);
    await handler.execute(new DeleteArticleCommand(pupil, draft.id));
    expect(f.articles.all()).toEqual([]);
  });

  it('its author does not delete it once submitted (TheAuthorDeletesOnlyADraft, CONFLICT)', async () => {
    const submitted = f.article('submitted', pupil);
    await expect(handler.execute(new DeleteArticleCommand(pupil, submitted.id))).rejects.toMatchObject({
      code: 'CONFLICT',
      details: { rule: 'TheAuthorDeletesOnlyADraft' },
    });
    expect(f.articles.all()).toEqual([submitted]);
    expect(f.bus.sent).toEqual([]);
    expect(f.published).toEqual([]);
  });

  it('a reader who is neither its author nor a teacher does not delete it (OnlyTheAuthorOrATeacherDeletes, FORBIDDEN)', async () => {
    const published = f.article('published', pupil);
    for (const someone of [parent, otherPupil]) {
      await expect(handler.execute(new DeleteArticleCommand(someone, published.id))).rejects.toMatchObject({
        code: 'FORBIDDEN',
        details: { rule: 'OnlyTheAuthorOrATeacherDeletes' },
      });
    }
    expect(f.articles.all()).toEqual([published]);
  });

  it('NOT_FOUND for who does not know the class', async () => {
    const published = f.article('published', pupil);
    await expect(handler.execute(new DeleteArticleCommand(stranger, published.id))).rejects.toMatchObject({
      code: 'NOT_FOUND',
    });
  });
});
