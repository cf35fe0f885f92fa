import { type ArticlePage, type ArticleView, DEMO_ACADEMY, type MediaItemView, type MeResponse } from '@preau/contracts';
import { type Answer, type ApiClient, as, untilProcessed, uploadFixture } from '../support/client';
import { type PreauServer, startPreau } from '../support/preau-server';

/**
 * docs/product/access-rules.md: "A media item is visible to its owner, to whoever may read a resource that uses it (an
 * article...)". Proved over HTTP with a pupil's photo embedded in a CE2 A article, through its workflow.
 */

type Client = ApiClient & { me: MeResponse };

let preau: PreauServer;
const people = new Map<string, Client>();
let ce2a: string;

function who(login: string): Client {
  const client = people.get(login);
  if (!client) throw new Error(`unknown demo login ${login}`);
  return client;
}

function expectRefusal(answer: Answer, status: number, code: string): void {
  expect({ status: answer.status, code: answer.body?.code }).toEqual({ status, code });
  expect(answer.headers.get('content-type')).toMatch(/^application\/problem\+json/);
  expect(answer.body).not.toHaveProperty('renditions');
}

async function upload(client: ApiClient, fixture: string, title?: string): Promise<MediaItemView> {
  const answer = await uploadFixture(client, fixture, title);
  if (answer.status !== 202) throw new Error(`upload ${fixture}: ${answer.status} ${JSON.stringify(answer.body)}`);
  return answer.body;
}

const untilFinished = untilProcessed;

const fetchFile = (path: string) => fetch(`${preau.baseUrl}${path}`);
const articleCount = async () => Number((await preau.sql<{ n: string }>('select count(*) as n from publication.article'))[0].n);
const usagesOf = (mediaId: string) => preau.sql<{ context: string; resource_id: string }>('select context, resource_id from media.usage where media_id = $1', [mediaId]);

beforeAll(async () => {
  preau = await startPreau('blog_media', { PREAU_REQUESTS_PER_MINUTE: '100000' }, { withWorker: true });
  for (const person of DEMO_ACADEMY.people) people.set(person.login, await as(preau.baseUrl, person.login));
  ce2a = who('ferry.ce2a.prof').me.classes.find((c) => c.name === 'CE2 A')?.id ?? '';
  expect(ce2a).not.toBe('');
}, 120_000);
afterAll(() => preau?.stop());

/** Who may see the photo once the article is published, and who never does. */
const READERS_WHEN_PUBLISHED = ['parent.lea', 'parent.hugo', 'hugo.ce2a', 'ferry.direction'];
const NEVER = ['tom.cm2', 'parent.nina', 'ferry.cm2.prof', 'curie.ce2.prof', 'nina.curie', 'academie.admin'];

describe('a pupil’s photo embedded in a CE2 A article', () => {
  let photo: MediaItemView;
  let article: ArticleView;

  /** The photo as `login` sees it through GET /media/:id, or the refusal. */
  const mediaFor = (login: string): Promise<Answer> => who(login).get(`/media/${photo.id}`);

  async function expectSeenThroughArticle(login: string): Promise<void> {
    const item = await mediaFor(login);
    expect({ login, status: item.status }).toEqual({ login, status: 200 });
    expect(item.body.renditions['original']).toBeUndefined();
    const w320 = await fetchFile(item.body.renditions['w320']);
    expect(w320.status).toBe(200);
    expect(w320.headers.get('content-type')).toMatch(/^image\//);
  }

  async function expectUnseen(login: string): Promise<void> {
    const item = await mediaFor(login);
    expect({ login, status: item.status, code: item.body?.code }).toEqual({ login, status: 404, code: 'NOT_FOUND' });
    expect(item.body).not.toHaveProperty('renditions');
  }

  beforeAll(async () => {
    photo = await untilFinished(who('lea.ce2a'), (await upload(who('lea.ce2a'), 'photos/gps_DSCN0010.jpg', 'Le volcan')).id);
    expect(photo.status).toBe('ready');
  }, 90_000);

  it('Léa embeds her photo in a draft: the body keeps a reference only, the article’s media carry signed links', async () => {
    const answer = await who('lea.ce2a').post<ArticleView>(`/classes/${ce2a}/blog/articles`, {
      title: 'Le volcan',
      body: `<p>Regardez :</p><img data-media-id="${photo.id}" alt="Le volcan" src="https://evil.example/x.png" onerror="alert(1)">`,
    });
    expect(answer.status).toBe(201);
    article = answer.body;
    expect(article.status).toBe('draft');
    expect(article.body).toMatch(new RegExp(`^<p>Regardez :</p><img data-media-id="${photo.id}" alt="Le volcan" ?/?>$`));
    expect(article.body).not.toMatch(/src=|onerror/);
    expect(article.media.map((m) => m.id)).toEqual([photo.id]);
    expect(article.media[0].renditions['w320']).toMatch(/^\/api\/v1\/media\/files\//);
    expect(await usagesOf(photo.id)).toEqual([{ context: 'publication', resource_id: article.id }]);
  });

  it('the teacher sees the draft and its photo, without the original', async () => {
    const seen = await who('ferry.ce2a.prof').get<ArticleView>(`/blog/articles/${article.id}`);
    expect(seen.body.media.map((m) => m.id)).toEqual([photo.id]);
    expect(seen.body.media[0].renditions['original']).toBeUndefined();
    expect(seen.body.media[0].renditions['w320']).toBeDefined();
    await expectSeenThroughArticle('ferry.ce2a.prof');
  });

  it.each([...READERS_WHEN_PUBLISHED, ...NEVER])('while it is a draft, %s cannot get the photo (404)', async (login) => {
    await expectUnseen(login);
  });

  it('submitted, it is still hidden from the families', async () => {
    expect((await who('lea.ce2a').post<ArticleView>(`/blog/articles/${article.id}/submit`)).body.status).toBe('submitted');
    for (const login of ['parent.lea', 'hugo.ce2a', 'ferry.direction']) await expectUnseen(login);
  });

  it('the teacher publishes: the article’s readers get the photo, with signed links and never the original', async () => {
    expect((await who('ferry.ce2a.prof').post<ArticleView>(`/blog/articles/${article.id}/publish`)).body.status).toBe('published');
    for (const login of READERS_WHEN_PUBLISHED) {
      const seen = await who(login).get<ArticleView>(`/blog/articles/${article.id}`);
      expect(seen.status).toBe(200);
      expect(seen.body.media.map((m) => m.id)).toEqual([photo.id]);
      expect(seen.body.media[0].renditions['original']).toBeUndefined();
      expect(Object.keys(seen.body.media[0].renditions).sort()).toEqual(['jpeg', 'w1280', 'w320']);
      const page = await who(login).get<ArticlePage>(`/classes/${ce2a}/blog/articles`);
      const card = page.body.items.find((a) => a.id === article.id);
      expect(card?.cover?.id).toBe(photo.id);
      expect(card?.cover?.renditions['original']).toBeUndefined();
      await expectSeenThroughArticle(login);
    }
  });

  it.each(NEVER)('published, %s still cannot get the photo (404)', async (login) => {
    await expectUnseen(login);
  });

  it('the partner class sees it only while the blog is shared with it', async () => {
    expect((await who('ferry.ce2a.prof').patch(`/classes/${ce2a}/settings`, { shareBlogWithPartners: true })).status).toBe(200);
    try {
      await expectSeenThroughArticle('nina.curie');
    } finally {
      expect((await who('ferry.ce2a.prof').patch(`/classes/${ce2a}/settings`, { shareBlogWithPartners: false })).status).toBe(200);
    }
    await expectUnseen('nina.curie');
  });

  it('the blog switched off, nobody reads the article, so nobody but the owner gets the photo through it', async () => {
    expect((await who('ferry.ce2a.prof').patch(`/classes/${ce2a}/modules`, { blog: false })).status).toBe(200);
    try {
      await expectUnseen('parent.lea');
      expect((await mediaFor('lea.ce2a')).status).toBe(200);
    } finally {
      expect((await who('ferry.ce2a.prof').patch(`/classes/${ce2a}/modules`, { blog: true })).status).toBe(200);
    }
    await expectSeenThroughArticle('parent.lea');
  });

  it('unpublished, the families lose it again', async () => {
    expect((await who('ferry.ce2a.prof').post<ArticleView>(`/blog/articles/${article.id}/unpublish`)).body.status).toBe('draft');
    for (const login of READERS_WHEN_PUBLISHED) await expectUnseen(login);
    expect((await who('lea.ce2a').post<ArticleView>(`/blog/articles/${article.id}/submit`)).body.status).toBe('submitted');
    expect((await who('ferry.ce2a.prof').post<ArticleView>(`/blog/articles/${article.id}/publish`)).body.status).toBe('published');
    await expectSeenThroughArticle('parent.lea');
  });

  it('once the article is deleted, the parent loses the photo; Léa keeps it', async () => {
    expect((await who('ferry.ce2a.prof').delete(`/blog/articles/${article.id}`)).status).toBe(204);
    for (const login of READERS_WHEN_PUBLISHED) await expectUnseen(login);
    await expectUnseen('ferry.ce2a.prof');
    const own = await mediaFor('lea.ce2a');
    expect(own.status).toBe(200);
    expect(own.body.renditions['original']).toBeDefined();
    expect(await usagesOf(photo.id)).toEqual([]);
  });
});

describe('a pupil cannot embed a media item she may not see', () => {
  let hugosPhoto: MediaItemView;
  let hugosLink: MediaItemView;
  let leasDraft: ArticleView;

  beforeAll(async () => {
    hugosPhoto = await upload(who('hugo.ce2a'), 'photos/orientation_landscape_6.jpg', 'Ma photo privée');
    hugosLink = (await who('hugo.ce2a').post<MediaItemView>('/media/links', { url: 'https://example.org/prive', title: 'Mon lien privé' })).body;
    leasDraft = (await who('lea.ce2a').post<ArticleView>(`/classes/${ce2a}/blog/articles`, { title: 'Mon brouillon', body: '<p>Avant</p>' })).body;
    expect(leasDraft.status).toBe('draft');
    expectRefusal(await who('lea.ce2a').get(`/media/${hugosPhoto.id}`), 404, 'NOT_FOUND');
  }, 90_000);

  const unknown = '00000000-0000-4000-8000-000000000000';
  const CASES: [label: string, input: () => Record<string, unknown>, refused: () => string][] = [
    ['someone else’s photo in the body', () => ({ body: `<p>x</p><img data-media-id="${hugosPhoto.id}" alt="vol">` }), () => hugosPhoto.id],
    ['someone else’s link in mediaIds', () => ({ body: '<p>x</p>', mediaIds: [hugosLink.id] }), () => hugosLink.id],
    ['an item that does not exist', () => ({ body: `<p>x</p><figure data-media-id="${unknown}"></figure>` }), () => unknown],
  ];

  it.each(CASES)('%s: 400 VALIDATION_FAILED on mediaIds, and no article is stored', async (_label, input, refused) => {
    const before = await articleCount();
    const answer = await who('lea.ce2a').post(`/classes/${ce2a}/blog/articles`, { title: 'Emprunt', ...input() });
    expectRefusal(answer, 400, 'VALIDATION_FAILED');
    expect(answer.body.errors.map((e: { field: string }) => e.field)).toContain('mediaIds');
    expect(JSON.stringify(answer.body)).toContain(refused());
    expect(await articleCount()).toBe(before);
    expect(await usagesOf(hugosPhoto.id)).toEqual([]);
    expect(await usagesOf(hugosLink.id)).toEqual([]);
  });

  it.each(CASES)('%s in an edit: 400 on mediaIds, and the draft is unchanged', async (_label, input) => {
    const answer = await who('lea.ce2a').patch(`/blog/articles/${leasDraft.id}`, { title: 'Changé', ...input() });
    expectRefusal(answer, 400, 'VALIDATION_FAILED');
    expect(answer.body.errors.map((e: { field: string }) => e.field)).toContain('mediaIds');
    const after = await who('lea.ce2a').get<ArticleView>(`/blog/articles/${leasDraft.id}`);
    expect(after.body).toMatchObject({ title: 'Mon brouillon', body: '<p>Avant</p>', media: [] });
    expect(await usagesOf(hugosPhoto.id)).toEqual([]);
  });

  it('and Hugo’s photo stays his: neither Léa nor the parents can get it', async () => {
    for (const login of ['lea.ce2a', 'parent.lea', 'parent.hugo']) expectRefusal(await who(login).get(`/media/${hugosPhoto.id}`), 404, 'NOT_FOUND');
  });
});

describe('what an author may embed: their own items, the class library, what the article already had', () => {
  let teachersPhoto: MediaItemView;

  beforeAll(async () => {
    teachersPhoto = await untilFinished(who('ferry.ce2a.prof'), (await upload(who('ferry.ce2a.prof'), 'photos/Canon_40D.jpg', 'La classe au musée')).id);
    expect(teachersPhoto.status).toBe('ready');
  }, 90_000);

  it('a pupil embeds a photo her teacher shared into the class library; a pupil of another class cannot', async () => {
    expect((await who('ferry.ce2a.prof').post(`/classes/${ce2a}/media`, { mediaId: teachersPhoto.id })).status).toBe(200);
    const answer = await who('lea.ce2a').post<ArticleView>(`/classes/${ce2a}/blog/articles`, { title: 'Au musée', body: `<img data-media-id="${teachersPhoto.id}" alt="musée">` });
    expect(answer.status).toBe(201);
    expect(answer.body.media.map((m) => m.id)).toEqual([teachersPhoto.id]);

    const cm2 = who('tom.cm2').me.classes[0].id;
    const refused = await who('tom.cm2').post(`/classes/${cm2}/blog/articles`, { title: 'Emprunt', body: `<img data-media-id="${teachersPhoto.id}" alt="x">` });
    expectRefusal(refused, 400, 'VALIDATION_FAILED');
    expect(refused.body.rule).toBe('AnAuthorUsesOwnOrClassLibraryItems');
  });

  it('a partner class that reads a shared article cannot pass its photo on to its own families', async () => {
    const teacher = who('ferry.ce2a.prof');
    expect((await teacher.patch(`/classes/${ce2a}/settings`, { shareBlogWithPartners: true })).status).toBe(200);
    try {
      const own = await untilFinished(teacher, (await upload(teacher, 'photos/gps_DSCN0025.jpg', 'Sortie')).id);
      const published = await teacher.post<ArticleView>(`/classes/${ce2a}/blog/articles`, { title: 'Sortie', body: `<img data-media-id="${own.id}" alt="sortie">`, publish: true });
      expect(published.body.status).toBe('published');
      const partner = who('curie.ce2.prof');
      expect((await partner.get(`/media/${own.id}`)).status).toBe(200);

      const curie = partner.me.classes[0].id;
      const before = await articleCount();
      const copy = await partner.post(`/classes/${curie}/blog/articles`, { title: 'Copie', body: '<p>x</p>', mediaIds: [own.id], publish: true });
      expectRefusal(copy, 400, 'VALIDATION_FAILED');
      expect(copy.body.rule).toBe('AnAuthorUsesOwnOrClassLibraryItems');
      expect(await articleCount()).toBe(before);
      expect((await usagesOf(own.id)).map((u) => u.resource_id)).toEqual([published.body.id]);
    } finally {
      await teacher.patch(`/classes/${ce2a}/settings`, { shareBlogWithPartners: false });
    }
  });

  it('a photo deleted from the library does not block the draft that embedded it: the next save drops it', async () => {
    const lea = who('lea.ce2a');
    const photo = await untilFinished(lea, (await upload(lea, 'photos/orientation_landscape_3.jpg', 'Éphémère')).id);
    const draft = (await lea.post<ArticleView>(`/classes/${ce2a}/blog/articles`, { title: 'Brouillon', body: `<p>a</p><img data-media-id="${photo.id}" alt="e">` })).body;
    expect(draft.mediaCount).toBe(1);
    expect((await lea.delete(`/media/${photo.id}?force=true`)).status).toBe(204);

    const saved = await lea.patch<ArticleView>(`/blog/articles/${draft.id}`, { title: 'Brouillon, suite' });
    expect(saved.status).toBe(200);
    expect(saved.body).toMatchObject({ title: 'Brouillon, suite', media: [], mediaCount: 0 });
    // The editor keeps sending the body with its dangling reference (shown as "removed"): autosave goes on.
    const rewritten = await lea.patch<ArticleView>(`/blog/articles/${draft.id}`, { body: `<p>b</p><img data-media-id="${photo.id}" alt="e">` });
    expect(rewritten.status).toBe(200);
    expect(rewritten.body).toMatchObject({ mediaCount: 0, media: [] });
  });
});
