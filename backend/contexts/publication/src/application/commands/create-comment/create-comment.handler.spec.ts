import {
  type BlogFixture,
  blogFixture,
  CLASS_ID,
  parent,
  pupil,
  stranger,
  teacher,
} from '../../../testing/blog-fixture';
import { CreateCommentCommand } from './create-comment.command';
import { CreateCommentHandler } from './create-comment.handler';

describe('CreateCommentHandler', () => {
  let f: BlogFixture;
  const handlerOf = (g: BlogFixture) => new CreateCommentHandler(g.blog, g.comments, g.views, g.outbox, g.clock);

  beforeEach(() => {
    f = blogFixture();
  });

  it('a held comment waits for a teacher: pending, CommentAwaitingModeration published, the article share-locked', async () => {
    const published = f.article('published', pupil);
    const view = await handlerOf(f).execute(new CreateCommentCommand(parent, published.id, 'Bravo !'));

    const [stored] = f.comments.all();
    expect(stored).toMatchObject({
      articleId: published.id,
      authorId: parent.id,
      authorName: parent.displayName,
      authorAccountRole: 'PARENT',
      body: 'Bravo !',
      status: 'pending',
      createdAt: f.clock.now(),
    });
    expect(view).toEqual({
      id: stored?.id,
      articleId: published.id,
      body: 'Bravo !',
      author: parent,
      status: 'pending',
      createdAt: f.clock.now().toISOString(),
      permissions: { approve: false, hide: false, delete: true },
    });
    expect(f.articles.locks).toEqual([{ id: published.id, lock: 'share' }]);
    expect(f.published.map((m) => [m.type, m.actorId])).toEqual([
      ['publication.comment-awaiting-moderation', parent.id],
    ]);
    expect(f.published[0]?.payload).toMatchObject({
      commentId: stored?.id,
      articleId: published.id,
      authorId: parent.id,
    });
  });

  it("a teacher's comment, or any under 'immediate', is visible at once and publishes nothing", async () => {
    const published = f.article('published', pupil);
    expect((await handlerOf(f).execute(new CreateCommentCommand(teacher, published.id, 'Merci'))).status).toBe(
      'visible',
    );
    const g = blogFixture({ commentModeration: 'immediate' });
    const other = g.article('published', pupil);
    expect((await handlerOf(g).execute(new CreateCommentCommand(parent, other.id, 'Merci'))).status).toBe('visible');
    expect([...f.published, ...g.published]).toEqual([]);
  });

  it('refuses every comment when the class switched them off (CommentsAreSwitchedOff, FORBIDDEN)', async () => {
    const g = blogFixture({ commentModeration: 'off' });
    const published = g.article('published', pupil);
    await expect(handlerOf(g).execute(new CreateCommentCommand(teacher, published.id, 'Merci'))).rejects.toMatchObject({
      code: 'FORBIDDEN',
      details: { rule: 'CommentsAreSwitchedOff' },
    });
    expect(g.comments.all()).toEqual([]);
  });

  it('refuses who may read but not comment (FORBIDDEN blog.comment)', async () => {
    const published = f.article('published', pupil);
    f.access.grant(parent.id, CLASS_ID, ['blog.read']);
    await expect(handlerOf(f).execute(new CreateCommentCommand(parent, published.id, 'Bravo'))).rejects.toMatchObject({
      code: 'FORBIDDEN',
      details: { action: 'blog.comment' },
    });
    expect(f.comments.all()).toEqual([]);
  });

  it('a teacher does not comment a submitted article (OnlyAPublishedArticleIsCommented, CONFLICT); others do not see it (NOT_FOUND)', async () => {
    const submitted = f.article('submitted', pupil);
    await expect(handlerOf(f).execute(new CreateCommentCommand(teacher, submitted.id, 'Bravo'))).rejects.toMatchObject({
      code: 'CONFLICT',
      details: { rule: 'OnlyAPublishedArticleIsCommented' },
    });
    await expect(handlerOf(f).execute(new CreateCommentCommand(parent, submitted.id, 'Bravo'))).rejects.toMatchObject({
      code: 'NOT_FOUND',
    });
    await expect(handlerOf(f).execute(new CreateCommentCommand(stranger, submitted.id, 'Bravo'))).rejects.toMatchObject(
      { code: 'NOT_FOUND' },
    );
  });

  it('refuses an empty comment (ACommentIsOneTo2000Characters, VALIDATION_FAILED)', async () => {
    const published = f.article('published', pupil);
    await expect(handlerOf(f).execute(new CreateCommentCommand(parent, published.id, '  '))).rejects.toMatchObject({
      code: 'VALIDATION_FAILED',
      details: { rule: 'ACommentIsOneTo2000Characters' },
    });
  });
});
