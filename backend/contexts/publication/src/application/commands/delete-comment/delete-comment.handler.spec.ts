import { type BlogFixture, blogFixture, otherPupil, parent, pupil, teacher } from '../../../testing/blog-fixture';
import { DeleteCommentCommand } from './delete-comment.command';
import { DeleteCommentHandler } from './delete-comment.handler';

describe('DeleteCommentHandler', () => {
  let f: BlogFixture;
  let handler: DeleteCommentHandler;

  beforeEach(() => {
    f = blogFixture();
    handler = new DeleteCommentHandler(f.blog, f.comments);
  });

  it('its author deletes it, whatever its status', async () => {
    const article = f.article('published', pupil);
    for (const status of ['pending', 'visible', 'hidden'] as const) {
      const comment = f.comment(article, status, parent);
      await handler.execute(new DeleteCommentCommand(parent, comment.id));
    }
    expect(f.comments.all()).toEqual([]);
  });

  it('a teacher of the class deletes any comment', async () => {
    const comment = f.comment(f.article('published', pupil), 'visible', parent);
    await handler.execute(new DeleteCommentCommand(teacher, comment.id));
    expect(f.comments.all()).toEqual([]);
  });

  it('another reader does not (OnlyTheAuthorOrATeacherDeletesAComment, FORBIDDEN)', async () => {
    const comment = f.comment(f.article('published', pupil), 'visible', parent);
    await expect(handler.execute(new DeleteCommentCommand(otherPupil, comment.id))).rejects.toMatchObject({
      code: 'FORBIDDEN',
      details: { rule: 'OnlyTheAuthorOrATeacherDeletesAComment' },
    });
    expect(f.comments.all()).toEqual([comment]);
  });

  it("another's held comment does not exist for a reader (NOT_FOUND)", async () => {
    const comment = f.comment(f.article('published', pupil), 'pending', parent);
    await expect(handler.execute(new DeleteCommentCommand(otherPupil, comment.id))).rejects.toMatchObject({
      code: 'NOT_FOUND',
    });
    expect(f.comments.all()).toEqual([comment]);
  });
});
