import { type EntityManager, MikroORM } from '@mikro-orm/postgresql';
import { migrate, ormOptions, sqlIn } from '@preau/platform';
import { createTestDatabase } from '@preau/testing';
import { Article, Comment } from '../../domain';
import { ArticleSchema } from './article.schema';
import { CommentSchema } from './comment.schema';
import { PUBLICATION_MIGRATIONS } from './migrations';
import { MikroOrmArticleRepository } from './mikro-orm-article.repository';
import { MikroOrmCommentRepository } from './mikro-orm-comment.repository';

const M1 = '6d2f5c1e-0a4b-4c7d-8e9f-000000000001';
const M2 = '6d2f5c1e-0a4b-4c7d-8e9f-000000000002';
const CLASS_ID = '0b7c1f43-5a1e-4c1e-9d1a-000000000c1a';
const PUPIL = { id: '8a1d2c3b-0000-4000-8000-00000000a001', isClassTeacher: false };
const TEACHER = { id: '8a1d2c3b-0000-4000-8000-00000000a002', isClassTeacher: true };
const t0 = new Date('2026-10-05T08:00:00.000Z');
const t1 = new Date('2026-10-05T09:30:00.000Z');

describe("the blog's MikroORM repositories (real PostgreSQL, the context's own migration)", () => {
  let orm: MikroORM;
  let n = 0;

  const newArticle = (mediaIds: string[] = []) =>
    Article.write({
      id: `7e0a9b1c-0000-4000-8000-${String(++n).padStart(12, '0')}`,
      classId: CLASS_ID,
      authorId: PUPIL.id,
      authorRole: 'PUPIL',
      authorName: 'Léa',
      authorAccountRole: 'PUPIL',
      title: 'Notre sortie',
      body: '<p>Au musée</p>',
      excerpt: 'Au musée',
      mediaIds,
      now: t0,
    });
  /** One unit of work, as the bus runs a command: a transaction, one flush at the end. */
  const unitOfWork = <T>(work: (em: EntityManager) => Promise<T>) => orm.em.fork().transactional(work);
  const row = async (id: string) =>
    (await sqlIn(orm.em.fork())<Record<string, unknown>>('select * from publication.article where id = ?', [id]))[0];

  beforeAll(async () => {
    const url = await createTestDatabase('publication_orm');
    await migrate(url, [...PUBLICATION_MIGRATIONS]);
    orm = await MikroORM.init(ormOptions(url, { entities: [ArticleSchema, CommentSchema], pool: { min: 0, max: 2 } }));
  });
  afterAll(() => orm?.close(true));

  it('an article comes back as it was saved: media ids (uuid[]), its author as shown, its excerpt, its dates', async () => {
    const article = newArticle([M2, M1]);
    await unitOfWork(async (em) => new MikroOrmArticleRepository(em).add(article));

    const loaded = await new MikroOrmArticleRepository(orm.em.fork()).byId(article.id);
    expect(loaded?.snapshot()).toEqual(article.snapshot());
    expect(await row(article.id)).toMatchObject({
      media_ids: [M2, M1],
      author_name: 'Léa',
      author_account_role: 'PUPIL',
      author_role: 'PUPIL',
      excerpt: 'Au musée',
      status: 'draft',
    });
  });

  it('no media is an empty array, not null', async () => {
    const article = newArticle();
    await unitOfWork(async (em) => new MikroOrmArticleRepository(em).add(article));
    expect((await row(article.id))?.['media_ids']).toEqual([]);
    expect((await new MikroOrmArticleRepository(orm.em.fork()).byId(article.id))?.mediaIds).toEqual([]);
  });

  it('a loaded article records the events of its moves, and what changed is written when the unit of work ends', async () => {
    const article = newArticle([M1]);
    await unitOfWork(async (em) => new MikroOrmArticleRepository(em).add(article));

    await unitOfWork(async (em) => {
      const loaded = await new MikroOrmArticleRepository(em).byIdLocked(article.id, 'update');
      loaded?.submit(PUPIL, t1);
      expect(loaded?.pullEvents().map((e) => e.type)).toEqual(['publication.article-submitted']);
    });
    await unitOfWork(async (em) => {
      const loaded = await new MikroOrmArticleRepository(em).byIdLocked(article.id, 'share');
      loaded?.sendBack(TEACHER, 'Une légende ?', t1);
    });
    await unitOfWork(async (em) => {
      const loaded = await new MikroOrmArticleRepository(em).byIdLocked(article.id, 'update');
      loaded?.edit(PUPIL, { body: { html: '<p>Au zoo</p>', excerpt: 'Au zoo' }, mediaIds: [M2] }, t1);
    });

    expect(await row(article.id)).toMatchObject({
      status: 'draft',
      feedback: 'Une légende ?',
      submitted_at: null,
      body: '<p>Au zoo</p>',
      excerpt: 'Au zoo',
      media_ids: [M2],
    });
    expect(new Date((await row(article.id))?.['updated_at'] as string)).toEqual(t1);
  });

  it('comments round-trip, change status, and go with their article when it is removed', async () => {
    const article = newArticle();
    article.submit(PUPIL, t0);
    article.publish(TEACHER, t0);
    const comment = Comment.write({
      id: '9c0d8e7f-0000-4000-8000-000000000001',
      article,
      author: PUPIL,
      authorName: 'Léa',
      authorAccountRole: 'PUPIL',
      body: 'Bravo',
      moderation: 'held',
      now: t0,
    });
    // The schemas map no relation from a comment to its article, so the ORM does not order their inserts: an
    // article and its first comment are never new in one unit of work (a comment is added to a stored article).
    await unitOfWork(async (em) => new MikroOrmArticleRepository(em).add(article));
    await unitOfWork(async (em) => new MikroOrmCommentRepository(em).add(comment));

    await unitOfWork(async (em) =>
      (await new MikroOrmCommentRepository(em).byIdForUpdate(comment.id))?.approve(TEACHER),
    );
    const loaded = await unitOfWork((em) => new MikroOrmCommentRepository(em).byIdForUpdate(comment.id));
    expect(loaded?.snapshot()).toEqual({ ...comment.snapshot(), status: 'visible' });

    await unitOfWork(async (em) => {
      const repository = new MikroOrmArticleRepository(em);
      repository.remove((await repository.byId(article.id)) as Article);
    });
    expect(await new MikroOrmArticleRepository(orm.em.fork()).byId(article.id)).toBeNull();
    expect(await unitOfWork((em) => new MikroOrmCommentRepository(em).byIdForUpdate(comment.id))).toBeNull();
  });

  it('a comment removed alone leaves its article', async () => {
    const article = newArticle();
    article.submit(PUPIL, t0);
    article.publish(TEACHER, t0);
    const comment = Comment.write({
      id: '9c0d8e7f-0000-4000-8000-000000000002',
      article,
      author: TEACHER,
      authorName: 'M. Martin',
      authorAccountRole: 'TEACHER',
      body: 'Merci',
      moderation: 'held',
      now: t0,
    });
    await unitOfWork(async (em) => new MikroOrmArticleRepository(em).add(article));
    await unitOfWork(async (em) => new MikroOrmCommentRepository(em).add(comment));
    await unitOfWork(async (em) => {
      const repository = new MikroOrmCommentRepository(em);
      repository.remove((await repository.byIdForUpdate(comment.id)) as Comment);
    });
    expect(await unitOfWork((em) => new MikroOrmCommentRepository(em).byIdForUpdate(comment.id))).toBeNull();
    expect(await new MikroOrmArticleRepository(orm.em.fork()).byId(article.id)).not.toBeNull();
  });
});
