import {
  type BlogFixture,
  blogFixture,
  otherPupil,
  parent,
  pupil,
  stranger,
  teacher,
} from '../../../testing/blog-fixture';
import { ListCommentsQuery } from './list-comments.query';
import { ListCommentsHandler } from './list-comments.handler';

describe('ListCommentsHandler', () => {
  let f: BlogFixture;
  let handler: ListCommentsHandler;

  beforeEach(() => {
    f = blogFixture();
    handler = new ListCommentsHandler(f.blog, f.readModel, f.views);
  });

  it('each reader sees the visible comments and their own held or hidden ones; the teachers see them all', async () => {
    const article = f.article('published', pupil);
    const visible = f.comment(article, 'visible', otherPupil);
    const pending = f.comment(article, 'pending', parent);
    const hidden = f.comment(article, 'hidden', otherPupil);

    const ids = async (viewerId: string) =>
      (await handler.execute(new ListCommentsQuery(viewerId, article.id))).items.map((c) => c.id);
    expect(await ids(parent.id)).toEqual([visible.id, pending.id]);
    expect(await ids(otherPupil.id)).toEqual([visible.id, hidden.id]);
    expect(await ids(pupil.id)).toEqual([visible.id]);
    expect(await ids(teacher.id)).toEqual([visible.id, pending.id, hidden.id]);
  });

  it('maps each row with its author and what the viewer may do with it', async () => {
    const comment = f.comment(f.article('published', pupil), 'pending', parent);
    const [forTeacher] = (await handler.execute(new ListCommentsQuery(teacher.id, comment.articleId))).items;
    expect(forTeacher).toEqual({
      id: comment.id,
      articleId: comment.articleId,
      body: comment.body,
      author: parent,
      status: 'pending',
      createdAt: comment.createdAt.toISOString(),
      permissions: { approve: true, hide: true, delete: true },
    });
  });

  it('the comments of an article one may not read are NOT_FOUND', async () => {
    const draft = f.article('draft', pupil);
    await expect(handler.execute(new ListCommentsQuery(parent.id, draft.id))).rejects.toMatchObject({
      code: 'NOT_FOUND',
    });
    const published = f.article('published', pupil);
    await expect(handler.execute(new ListCommentsQuery(stranger.id, published.id))).rejects.toMatchObject({
      code: 'NOT_FOUND',
    });
  });
});
