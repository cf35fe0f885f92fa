import {
  type BlogFixture,
  blogFixture,
  CLASS_ID,
  parent,
  pupil,
  stranger,
  teacher,
} from '../../../testing/blog-fixture';
import { ModerateCommentCommand } from './moderate-comment.command';
import { ModerateCommentHandler } from './moderate-comment.handler';

describe('ModerateCommentHandler', () => {
  let f: BlogFixture;
  let handler: ModerateCommentHandler;

  beforeEach(() => {
    f = blogFixture();
    handler = new ModerateCommentHandler(f.blog, f.comments, f.views, f.outbox);
  });

  it('a teacher approves a held comment: visible, CommentApproved published, the author as stored with it', async () => {
    const article = f.article('published', pupil);
    const comment = f.comment(article, 'pending', parent);
    const view = await handler.execute(new ModerateCommentCommand(teacher, comment.id, 'approve'));

    expect(comment.status).toBe('visible');
    expect(view).toMatchObject({
      id: comment.id,
      status: 'visible',
      author: parent,
      permissions: { approve: false, hide: true, delete: true },
    });
    expect(f.published.map((m) => [m.type, m.actorId, m.payload])).toEqual([
      [
        'publication.comment-approved',
        teacher.id,
        { commentId: comment.id, articleId: article.id, classId: CLASS_ID, authorId: parent.id },
      ],
    ]);
  });

  it('a teacher hides a visible comment: CommentHidden', async () => {
    const comment = f.comment(f.article('published', pupil), 'visible', parent);
    await handler.execute(new ModerateCommentCommand(teacher, comment.id, 'hide'));
    expect(comment.status).toBe('hidden');
    expect(f.published.map((m) => m.type)).toEqual(['publication.comment-hidden']);
  });

  it('its author may not moderate (FORBIDDEN blog.comment.moderate), and nothing is published', async () => {
    const comment = f.comment(f.article('published', pupil), 'pending', parent);
    await expect(handler.execute(new ModerateCommentCommand(parent, comment.id, 'approve'))).rejects.toMatchObject({
      code: 'FORBIDDEN',
      details: { action: 'blog.comment.moderate' },
    });
    expect(comment.status).toBe('pending');
    expect(f.published).toEqual([]);
  });

  it('a visible comment is not approved again (AVisibleCommentIsNotApprovedAgain, CONFLICT), a hidden one not hidden again', async () => {
    const article = f.article('published', pupil);
    const visible = f.comment(article, 'visible', parent);
    const hidden = f.comment(article, 'hidden', parent);
    await expect(handler.execute(new ModerateCommentCommand(teacher, visible.id, 'approve'))).rejects.toMatchObject({
      code: 'CONFLICT',
      details: { rule: 'AVisibleCommentIsNotApprovedAgain' },
    });
    await expect(handler.execute(new ModerateCommentCommand(teacher, hidden.id, 'hide'))).rejects.toMatchObject({
      code: 'CONFLICT',
      details: { rule: 'AHiddenCommentIsNotHiddenAgain' },
    });
  });

  it("a comment one may not read does not exist for them (NOT_FOUND): another's held one, a stranger, an unknown id", async () => {
    const comment = f.comment(f.article('published', pupil), 'pending', parent);
    await expect(handler.execute(new ModerateCommentCommand(pupil, comment.id, 'hide'))).rejects.toMatchObject({
      code: 'NOT_FOUND',
    });
    await expect(handler.execute(new ModerateCommentCommand(stranger, comment.id, 'hide'))).rejects.toMatchObject({
      code: 'NOT_FOUND',
    });
    await expect(handler.execute(new ModerateCommentCommand(teacher, 'no-such-comment', 'hide'))).rejects.toMatchObject(
      { code: 'NOT_FOUND' },
    );
  });
});
