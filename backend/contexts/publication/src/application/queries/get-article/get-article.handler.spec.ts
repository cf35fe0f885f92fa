import type { MediaItemView } from '@preau/contracts';
import { ViewResourceMediaQuery } from '@preau/contracts';
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
import { GetArticleQuery } from './get-article.query';
import { GetArticleHandler } from './get-article.handler';

describe('GetArticleHandler', () => {
  let f: BlogFixture;
  let handler: GetArticleHandler;

  beforeEach(() => {
    f = blogFixture();
    handler = new GetArticleHandler(f.blog, f.views);
  });

  it('a reader gets the published article with its media, read state and what they may do', async () => {
    const article = f.article('published', pupil);
    const image = {
      id: 'm-1',
      kind: 'image',
      status: 'ready',
      title: 'Photo',
      metadata: {},
      renditions: { w320: 'u320', original: 'uo' },
    } as unknown as MediaItemView;
    f.bus.onQuery(ViewResourceMediaQuery, (query) => ({ [query.resourceIds[0] as string]: [image] }));
    await f.readModel.recordRead(article.id, parent, f.clock.now());

    const view = await handler.execute(new GetArticleQuery(parent.id, article.id));
    expect(view).toMatchObject({
      id: article.id,
      body: article.body,
      excerpt: article.excerpt,
      author: pupil,
      read: true,
      media: [image],
      cover: { id: 'm-1', renditions: { w320: 'u320' } },
      permissions: { edit: false, publish: false, delete: false, comment: true, moderateComments: false },
    });
    expect(view).not.toHaveProperty('readerCount');
  });

  it("the class's teachers see how many opened it", async () => {
    const article = f.article('published', pupil);
    await f.readModel.recordRead(article.id, parent, f.clock.now());
    expect(await handler.execute(new GetArticleQuery(teacher.id, article.id))).toMatchObject({
      readerCount: 1,
      permissions: { unpublish: true, moderateComments: true },
    });
  });

  it('no comment is offered when the class switched comments off', async () => {
    const g = blogFixture({ commentModeration: 'off' });
    const article = g.article('published', pupil);
    expect(
      (await new GetArticleHandler(g.blog, g.views).execute(new GetArticleQuery(parent.id, article.id))).permissions
        .comment,
    ).toBe(false);
  });

  it("a draft is NOT_FOUND for anyone but its author and the class's teachers", async () => {
    const draft = f.article('draft', pupil);
    expect((await handler.execute(new GetArticleQuery(pupil.id, draft.id))).permissions).toMatchObject({
      edit: true,
      submit: true,
    });
    expect((await handler.execute(new GetArticleQuery(teacher.id, draft.id))).status).toBe('draft');
    for (const someone of [otherPupil, parent, stranger]) {
      await expect(handler.execute(new GetArticleQuery(someone.id, draft.id))).rejects.toMatchObject({
        code: 'NOT_FOUND',
      });
    }
  });

  it('FORBIDDEN without blog.read, MODULE_DISABLED when the blog is off, NOT_FOUND for an unknown id', async () => {
    const article = f.article('published', pupil);
    f.access.grant(parent.id, CLASS_ID, []);
    await expect(handler.execute(new GetArticleQuery(parent.id, article.id))).rejects.toMatchObject({
      code: 'FORBIDDEN',
      details: { action: 'blog.read' },
    });
    f.access.switchOff(CLASS_ID, 'blog');
    await expect(handler.execute(new GetArticleQuery(pupil.id, article.id))).rejects.toMatchObject({
      code: 'MODULE_DISABLED',
    });
    await expect(handler.execute(new GetArticleQuery(pupil.id, 'no-such-article'))).rejects.toMatchObject({
      code: 'NOT_FOUND',
    });
  });
});
