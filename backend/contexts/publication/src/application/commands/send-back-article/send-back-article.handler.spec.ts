import { type BlogFixture, blogFixture, pupil, teacher } from '../../../testing/blog-fixture';
import { SendBackArticleCommand } from './send-back-article.command';
import { SendBackArticleHandler } from './send-back-article.handler';

describe('SendBackArticleHandler', () => {
  let f: BlogFixture;
  let handler: SendBackArticleHandler;

  beforeEach(() => {
    f = blogFixture();
    handler = new SendBackArticleHandler(f.blog, f.views, f.outbox, f.clock);
  });

  it('a teacher sends a submitted article back to draft with feedback: ArticleSentBack carries the words', async () => {
    const submitted = f.article('submitted', pupil);
    const view = await handler.execute(new SendBackArticleCommand(teacher, submitted.id, '  Ajoute une photo. '));

    expect(view).toMatchObject({ status: 'draft', feedback: 'Ajoute une photo.', submittedAt: null });
    expect(f.articles.locks).toEqual([{ id: submitted.id, lock: 'update' }]);
    expect(f.published.map((m) => [m.type, m.actorId])).toEqual([['publication.article-sent-back', teacher.id]]);
    expect(f.published[0]?.payload).toMatchObject({
      articleId: submitted.id,
      authorId: pupil.id,
      sentBackBy: teacher.id,
      feedback: 'Ajoute une photo.',
    });
  });

  it('the author does not send back (OnlyATeacherSendsBack, FORBIDDEN)', async () => {
    const submitted = f.article('submitted', pupil);
    await expect(handler.execute(new SendBackArticleCommand(pupil, submitted.id, 'non'))).rejects.toMatchObject({
      code: 'FORBIDDEN',
      details: { rule: 'OnlyATeacherSendsBack' },
    });
    expect(submitted.status).toBe('submitted');
    expect(f.published).toEqual([]);
  });

  it('only a submitted article is sent back (CONFLICT), and only with words (VALIDATION_FAILED)', async () => {
    const published = f.article('published', pupil);
    await expect(handler.execute(new SendBackArticleCommand(teacher, published.id, 'non'))).rejects.toMatchObject({
      code: 'CONFLICT',
      details: { rule: 'OnlyASubmittedArticleIsSentBack' },
    });
    const submitted = f.article('submitted', pupil);
    await expect(handler.execute(new SendBackArticleCommand(teacher, submitted.id, '   '))).rejects.toMatchObject({
      code: 'VALIDATION_FAILED',
      details: { rule: 'FeedbackIsOneTo2000Characters' },
    });
  });
});
