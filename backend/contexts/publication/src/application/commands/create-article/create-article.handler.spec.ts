import { RegisterMediaUsageCommand } from '@preau/contracts';
import {
  type BlogFixture,
  blogFixture,
  CLASS_ID,
  parent,
  pupil,
  stranger,
  teacher,
} from '../../../testing/blog-fixture';
import { CreateArticleCommand } from './create-article.command';
import { CreateArticleHandler } from './create-article.handler';

const M1 = '6d2f5c1e-0a4b-4c7d-8e9f-000000000001';
const M2 = '6d2f5c1e-0a4b-4c7d-8e9f-000000000002';

describe('CreateArticleHandler', () => {
  let f: BlogFixture;
  let handler: CreateArticleHandler;

  beforeEach(() => {
    f = blogFixture();
    handler = new CreateArticleHandler(f.blog, f.articles, f.richText, f.views, f.outbox, f.bus.asBus(), f.clock);
  });

  it("stores a pupil's draft, cleaned, with its excerpt and author, and registers its media; nothing is published", async () => {
    const body = `<p>Au musée</p><script>alert(1)</script><figure data-media-id="${M1}"></figure>`;
    const view = await handler.execute(
      new CreateArticleCommand(pupil, CLASS_ID, { title: '  Notre sortie ', body, mediaIds: [M2.toUpperCase(), M1] }),
    );

    const [stored] = f.articles.all();
    expect(stored).toMatchObject({
      classId: CLASS_ID,
      authorId: pupil.id,
      authorRole: 'PUPIL',
      authorName: pupil.displayName,
      authorAccountRole: 'PUPIL',
      title: 'Notre sortie',
      body: `<p>Au musée</p><figure data-media-id="${M1}"></figure>`,
      excerpt: 'Au musée',
      mediaIds: [M1, M2],
      status: 'draft',
      createdAt: f.clock.now(),
    });
    expect(f.bus.sentOf(RegisterMediaUsageCommand)).toEqual([
      expect.objectContaining({
        actorId: pupil.id,
        usage: { context: 'publication', resourceId: stored?.id },
        mediaIds: [M1, M2],
        options: { classId: CLASS_ID, previous: [] },
      }),
    ]);
    expect(f.published).toEqual([]);
    expect(view).toMatchObject({
      id: stored?.id,
      status: 'draft',
      author: pupil,
      excerpt: 'Au musée',
      permissions: { edit: true, submit: true, publish: false, delete: true },
    });
  });

  it('a teacher publishes at once: ArticlePublished leaves through the outbox', async () => {
    const view = await handler.execute(
      new CreateArticleCommand(teacher, CLASS_ID, { title: 'Sortie', body: '<p>Photos</p>', publish: true }),
    );

    expect(view).toMatchObject({ status: 'published', publishedAt: f.clock.now().toISOString(), author: teacher });
    expect(f.published.map((m) => [m.type, m.actorId])).toEqual([['publication.article-published', teacher.id]]);
    expect(f.published[0]?.payload).toMatchObject({
      articleId: view.id,
      classId: CLASS_ID,
      authorId: teacher.id,
      publishedBy: teacher.id,
      mediaIds: [],
    });
  });

  it("a pupil's article is never published at once (APupilDoesNotPublish, FORBIDDEN)", async () => {
    await expect(
      handler.execute(new CreateArticleCommand(pupil, CLASS_ID, { title: 'Sortie', body: '', publish: true })),
    ).rejects.toMatchObject({
      code: 'FORBIDDEN',
      details: { rule: 'APupilDoesNotPublish' },
    });
    expect(f.articles.all()).toEqual([]);
  });

  it('refuses who may read but not write the class blog (a parent: FORBIDDEN blog.write)', async () => {
    await expect(
      handler.execute(new CreateArticleCommand(parent, CLASS_ID, { title: 'Sortie', body: '' })),
    ).rejects.toMatchObject({ code: 'FORBIDDEN', details: { action: 'blog.write' } });
    expect(f.articles.all()).toEqual([]);
    expect(f.bus.sent).toEqual([]);
  });

  it('answers NOT_FOUND to who does not know the class', async () => {
    await expect(
      handler.execute(new CreateArticleCommand(stranger, CLASS_ID, { title: 'Sortie', body: '' })),
    ).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });

  it('answers MODULE_DISABLED when the class switched its blog off', async () => {
    f.access.switchOff(CLASS_ID, 'blog');
    await expect(
      handler.execute(new CreateArticleCommand(pupil, CLASS_ID, { title: 'Sortie', body: '' })),
    ).rejects.toMatchObject({ code: 'MODULE_DISABLED' });
    expect(f.articles.all()).toEqual([]);
  });

  it('refuses an empty title (ATitleIsOneTo200Characters, VALIDATION_FAILED)', async () => {
    await expect(
      handler.execute(new CreateArticleCommand(pupil, CLASS_ID, { title: '   ', body: '' })),
    ).rejects.toMatchObject({
      code: 'VALIDATION_FAILED',
      details: { rule: 'ATitleIsOneTo200Characters' },
    });
  });
});
