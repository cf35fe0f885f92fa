import {
  type BlogFixture,
  blogFixture,
  CLASS_ID,
  otherPupil,
  parent,
  pupil,
  teacher,
} from '../../../testing/blog-fixture';
import { MoveArticleCommand } from './move-article.command';
import { MoveArticleHandler } from './move-article.handler';

describe('MoveArticleHandler', () => {
  let f: BlogFixture;
  let handler: MoveArticleHandler;

  beforeEach(() => {
    f = blogFixture();
    handler = new MoveArticleHandler(f.blog, f.views, f.outbox, f.clock);
  });

  it('the pupil author submits their draft: ArticleSubmitted for the teachers', async () => {
    const draft = f.article('draft', pupil);
    const view = await handler.execute(new MoveArticleCommand(pupil, draft.id, 'submit'));

    expect(view).toMatchObject({ status: 'submitted', submittedAt: f.clock.now().toISOString() });
    expect(f.articles.locks).toEqual([{ id: draft.id, lock: 'update' }]);
    expect(f.published.map((m) => [m.type, m.actorId])).toEqual([['publication.article-submitted', pupil.id]]);
    expect(f.published[0]?.payload).toMatchObject({ articleId: draft.id, classId: CLASS_ID, authorId: pupil.id });
  });

  it('a teacher of the class publishes a submitted article: ArticlePublished names who published', async () => {
    const submitted = f.article('submitted', pupil);
    const view = await handler.execute(new MoveArticleCommand(teacher, submitted.id, 'publish'));

    expect(view.status).toBe('published');
    expect(f.published.map((m) => m.type)).toEqual(['publication.article-published']);
    expect(f.published[0]?.payload).toMatchObject({
      articleId: submitted.id,
      authorId: pupil.id,
      publishedBy: teacher.id,
    });
  });

  it('a teacher unpublishes: back to draft, ArticleUnpublished', async () => {
    const published = f.article('published', pupil);
    const view = await handler.execute(new MoveArticleCommand(teacher, published.id, 'unpublish'));

    expect(view).toMatchObject({ status: 'draft', publishedAt: null });
    expect(f.published.map((m) => m.type)).toEqual(['publication.article-unpublished']);
    expect(f.published[0]?.payload).toMatchObject({ unpublishedBy: teacher.id });
  });

  it('a pupil does not publish, even their own submitted article (OnlyATeacherPublishes, FORBIDDEN)', async () => {
    const submitted = f.article('submitted', pupil);
    await expect(handler.execute(new MoveArticleCommand(pupil, submitted.id, 'publish'))).rejects.toMatchObject({
      code: 'FORBIDDEN',
      details: { rule: 'OnlyATeacherPublishes' },
    });
    expect(submitted.status).toBe('submitted');
    expect(f.published).toEqual([]);
  });

  it('a parent does not unpublish (OnlyATeacherUnpublishes, FORBIDDEN)', async () => {
    const published = f.article('published', pupil);
    await expect(handler.execute(new MoveArticleCommand(parent, published.id, 'unpublish'))).rejects.toMatchObject({
      code: 'FORBIDDEN',
      details: { rule: 'OnlyATeacherUnpublishes' },
    });
  });

  it("a teacher does not publish a pupil's draft (OnlyASubmittedArticleOrOwnDraftIsPublished, CONFLICT)", async () => {
    const draft = f.article('draft', pupil);
    await expect(handler.execute(new MoveArticleCommand(teacher, draft.id, 'publish'))).rejects.toMatchObject({
      code: 'CONFLICT',
      details: { rule: 'OnlyASubmittedArticleOrOwnDraftIsPublished' },
    });
  });

  it('submitting needs blog.write in the class (FORBIDDEN), and a submitted article is not submitted again (CONFLICT)', async () => {
    const draft = f.article('draft', pupil);
    f.access.grant(pupil.id, CLASS_ID, ['blog.read']);
    await expect(handler.execute(new MoveArticleCommand(pupil, draft.id, 'submit'))).rejects.toMatchObject({
      code: 'FORBIDDEN',
      details: { action: 'blog.write' },
    });

    const g = blogFixture();
    const submitted = g.article('submitted', pupil);
    await expect(
      new MoveArticleHandler(g.blog, g.views, g.outbox, g.clock).execute(
        new MoveArticleCommand(pupil, submitted.id, 'submit'),
      ),
    ).rejects.toMatchObject({
      code: 'CONFLICT',
      details: { rule: 'OnlyADraftIsSubmitted' },
    });
  });

  it("another pupil's draft is NOT_FOUND for them", async () => {
    const draft = f.article('draft', pupil);
    await expect(handler.execute(new MoveArticleCommand(otherPupil, draft.id, 'submit'))).rejects.toMatchObject({
      code: 'NOT_FOUND',
    });
  });
});
