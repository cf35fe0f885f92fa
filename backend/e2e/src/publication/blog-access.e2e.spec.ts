import { type ArticlePage, type ArticleView, type CommentPage, type CommentView, DEMO_ACADEMY, type MeResponse, PublicationEvents } from '@preau/contracts';
import { type Answer, type ApiClient, as } from '../support/client';
import { type PreauServer, startPreau } from '../support/preau-server';

/**
 * The module matrix of docs/product/access-rules.md for the class blog, proved over HTTP on the demo academy:
 * who reads, writes, moves, comments and moderates in CE2 A (and who is refused, with which answer),
 * sharing with the partner class, the module and emergency switches, and the integration events.
 */

type Client = ApiClient & { me: MeResponse };

let preau: PreauServer;
const people = new Map<string, Client>();
let ce2a: string;
let cm2: string;
let ferrySchool: string;

function who(login: string): Client {
  const client = people.get(login);
  if (!client) throw new Error(`unknown demo login ${login}`);
  return client;
}

/** A clean refusal: the status, problem+json with its stable code (and rule), and nothing of the resource. */
function expectRefusal(answer: Answer, status: number, code: string, rule?: string, leak?: string): void {
  expect({ status: answer.status, code: answer.body?.code }).toEqual({ status, code });
  expect(answer.headers.get('content-type')).toMatch(/^application\/problem\+json/);
  expect(answer.body.status).toBe(status);
  if (rule) expect(answer.body.rule).toBe(rule);
  expect(answer.body).not.toHaveProperty('items');
  expect(answer.body).not.toHaveProperty('body');
  if (leak) expect(JSON.stringify(answer.body)).not.toContain(leak);
}

let serial = 0;
const unique = (label: string) => `${label} ${++serial}`;

async function write(login: string, classId: string, input: { title?: string; body?: string; publish?: boolean } = {}): Promise<ArticleView> {
  const answer = await who(login).post<ArticleView>(`/classes/${classId}/blog/articles`, { title: input.title ?? unique('Article'), body: input.body ?? '<p>Du texte.</p>', ...(input.publish ? { publish: true } : {}) });
  if (answer.status !== 201) throw new Error(`${login} writes: ${answer.status} ${JSON.stringify(answer.body)}`);
  return answer.body;
}

async function submitted(login: string, classId: string, title?: string): Promise<ArticleView> {
  const draft = await write(login, classId, { title });
  const answer = await who(login).post<ArticleView>(`/blog/articles/${draft.id}/submit`);
  if (answer.body.status !== 'submitted') throw new Error(`submit: ${answer.status} ${JSON.stringify(answer.body)}`);
  return answer.body;
}

/** A pupil's article published through the workflow (draft → submitted → published by the class teacher). */
async function publishedBy(login: string, classId: string, teacher: string, title?: string): Promise<ArticleView> {
  const article = await submitted(login, classId, title);
  const answer = await who(teacher).post<ArticleView>(`/blog/articles/${article.id}/publish`);
  if (answer.body.status !== 'published') throw new Error(`publish: ${answer.status} ${JSON.stringify(answer.body)}`);
  return answer.body;
}

async function comment(login: string, articleId: string, body = unique('Bravo')): Promise<CommentView> {
  const answer = await who(login).post<CommentView>(`/blog/articles/${articleId}/comments`, { body });
  if (answer.status !== 201) throw new Error(`${login} comments: ${answer.status} ${JSON.stringify(answer.body)}`);
  return answer.body;
}

const articleCount = async () => Number((await preau.sql<{ n: string }>('select count(*) as n from publication.article'))[0].n);
const commentCount = async () => Number((await preau.sql<{ n: string }>('select count(*) as n from publication.comment'))[0].n);
const visibleCommentBodies = async (login: string, articleId: string) => (await who(login).get<CommentPage>(`/blog/articles/${articleId}/comments`)).body.items.map((c) => c.body);

beforeAll(async () => {
  preau = await startPreau('blog_access', { PREAU_REQUESTS_PER_MINUTE: '100000' });
  for (const person of DEMO_ACADEMY.people) people.set(person.login, await as(preau.baseUrl, person.login));
  ce2a = who('ferry.ce2a.prof').me.classes.find((c) => c.name === 'CE2 A')?.id ?? '';
  cm2 = who('ferry.cm2.prof').me.classes.find((c) => c.name === 'CM2')?.id ?? '';
  ferrySchool = who('ferry.direction').me.schools[0].id;
  expect(ce2a).not.toBe('');
  expect(cm2).not.toBe('');
}, 120_000);
afterAll(() => preau?.stop());

const CE2A_READERS = ['lea.ce2a', 'hugo.ce2a', 'parent.lea', 'parent.hugo', 'ferry.ce2a.prof', 'ferry.direction'];

/** Everyone else of the demo academy, and how the server refuses them CE2 A's blog (404: the class is unknown to them). */
const CE2A_OUTSIDERS: [login: string, status: number, code: string][] = [
  ['tom.cm2', 404, 'NOT_FOUND'],
  ['parent.nina', 404, 'NOT_FOUND'],
  ['ferry.cm2.prof', 403, 'FORBIDDEN'],
  ['curie.ce2.prof', 403, 'FORBIDDEN'],
  ['nina.curie', 403, 'FORBIDDEN'],
  ['academie.admin', 403, 'FORBIDDEN'],
];

describe('reading CE2 A’s blog (module matrix: read published articles)', () => {
  let published: ArticleView;
  let draft: ArticleView;
  let pending: ArticleView;

  beforeAll(async () => {
    published = await write('ferry.ce2a.prof', ce2a, { title: 'La sortie au musée', body: '<p>Nous avons vu des momies.</p>', publish: true });
    draft = await write('lea.ce2a', ce2a, { title: 'Brouillon secret de Léa' });
    pending = await submitted('lea.ce2a', ce2a, 'Article soumis de Léa');
  });

  it.each(CE2A_READERS)('%s lists the blog and reads the published article and its comments', async (login) => {
    const page = await who(login).get<ArticlePage>(`/classes/${ce2a}/blog/articles`);
    expect(page.status).toBe(200);
    expect(page.body.items.map((a) => a.id)).toContain(published.id);
    const article = await who(login).get<ArticleView>(`/blog/articles/${published.id}`);
    expect(article.status).toBe(200);
    expect(article.body).toMatchObject({ id: published.id, status: 'published', title: 'La sortie au musée', body: '<p>Nous avons vu des momies.</p>' });
    expect((await who(login).get<CommentPage>(`/blog/articles/${published.id}/comments`)).status).toBe(200);
  });

  it.each(['hugo.ce2a', 'parent.lea', 'parent.hugo', 'ferry.direction'])('%s sees neither Léa’s draft nor her submitted article (404, absent from the list)', async (login) => {
    for (const article of [draft, pending]) {
      expectRefusal(await who(login).get(`/blog/articles/${article.id}`), 404, 'NOT_FOUND', undefined, article.title);
      expectRefusal(await who(login).get(`/blog/articles/${article.id}/comments`), 404, 'NOT_FOUND');
    }
    for (const status of ['', '?status=draft', '?status=submitted']) {
      const page = await who(login).get<ArticlePage>(`/classes/${ce2a}/blog/articles${status}`);
      expect(page.status).toBe(200);
      expect(page.body.items.map((a) => a.id)).not.toContain(draft.id);
      expect(page.body.items.map((a) => a.id)).not.toContain(pending.id);
      expect(page.body.items.every((a) => a.status === 'published')).toBe(true);
    }
  });

  it('the author and the class teacher see the draft and the submitted article', async () => {
    for (const login of ['lea.ce2a', 'ferry.ce2a.prof']) {
      expect((await who(login).get(`/blog/articles/${draft.id}`)).status).toBe(200);
      expect((await who(login).get(`/blog/articles/${pending.id}`)).status).toBe(200);
    }
  });

  it.each(CE2A_OUTSIDERS)('%s is refused the blog, the article and its comments (%i %s)', async (login, status, code) => {
    expectRefusal(await who(login).get(`/classes/${ce2a}/blog/articles`), status, code, undefined, published.title);
    for (const article of [published, draft, pending]) {
      expectRefusal(await who(login).get(`/blog/articles/${article.id}`), status, code, undefined, article.title);
      expectRefusal(await who(login).get(`/blog/articles/${article.id}/comments`), status, code);
    }
  });

  it('an article that does not exist and a malformed id are clean problems', async () => {
    expectRefusal(await who('lea.ce2a').get('/blog/articles/00000000-0000-4000-8000-000000000000'), 404, 'NOT_FOUND');
    expectRefusal(await who('lea.ce2a').get('/classes/00000000-0000-4000-8000-000000000000/blog/articles'), 404, 'NOT_FOUND');
  });

  describe('when the CE2 A teacher shares the blog with the partner class', () => {
    const PARTNERS = ['curie.ce2.prof', 'nina.curie'];
    let heldComment: CommentView;
    let visibleComment: CommentView;

    beforeAll(async () => {
      heldComment = await comment('parent.lea', published.id, 'Commentaire en attente');
      visibleComment = await comment('ferry.ce2a.prof', published.id, 'Commentaire de la maîtresse');
      expect(heldComment.status).toBe('pending');
      expect(visibleComment.status).toBe('visible');
    });
    afterAll(() => who('ferry.ce2a.prof').patch(`/classes/${ce2a}/settings`, { shareBlogWithPartners: false }));

    it('the teacher turns sharing on', async () => {
      const answer = await who('ferry.ce2a.prof').patch(`/classes/${ce2a}/settings`, { shareBlogWithPartners: true });
      expect(answer.status).toBe(200);
      expect(answer.body.settings.shareBlogWithPartners).toBe(true);
    });

    it.each(PARTNERS)('%s reads the published articles, and their visible comments only', async (login) => {
      const page = await who(login).get<ArticlePage>(`/classes/${ce2a}/blog/articles`);
      expect(page.status).toBe(200);
      expect(page.body.items.map((a) => a.id)).toContain(published.id);
      expect(page.body.items.every((a) => a.status === 'published')).toBe(true);
      const article = await who(login).get<ArticleView>(`/blog/articles/${published.id}`);
      expect(article.status).toBe(200);
      expect(article.body.permissions).toMatchObject({ edit: false, submit: false, publish: false, sendBack: false, unpublish: false, delete: false, comment: false, moderateComments: false });
      const comments = await who(login).get<CommentPage>(`/blog/articles/${published.id}/comments`);
      expect(comments.body.items.map((c) => c.id)).toEqual([visibleComment.id]);
    });

    it.each(PARTNERS)('%s sees no draft nor submitted article', async (login) => {
      for (const article of [draft, pending]) expectRefusal(await who(login).get(`/blog/articles/${article.id}`), 404, 'NOT_FOUND', undefined, article.title);
      for (const status of ['draft', 'submitted']) {
        const page = await who(login).get<ArticlePage>(`/classes/${ce2a}/blog/articles?status=${status}`);
        expect(page.status).toBe(200);
        expect(page.body.items).toEqual([]);
      }
      expectRefusal(await who(login).get(`/classes/${ce2a}/blog/moderation`), 403, 'FORBIDDEN');
    });

    it.each(PARTNERS)('%s may not comment, write, move nor moderate', async (login) => {
      const before = { articles: await articleCount(), comments: await commentCount() };
      expectRefusal(await who(login).post(`/blog/articles/${published.id}/comments`, { body: 'Coucou de Curie' }), 403, 'FORBIDDEN');
      expectRefusal(await who(login).post(`/classes/${ce2a}/blog/articles`, { title: 'Intrus', body: '<p>x</p>' }), 403, 'FORBIDDEN');
      expectRefusal(await who(login).post(`/blog/articles/${published.id}/unpublish`), 403, 'FORBIDDEN', 'OnlyATeacherUnpublishes');
      expectRefusal(await who(login).patch(`/blog/articles/${published.id}`, { title: 'Piraté' }), 403, 'FORBIDDEN');
      expectRefusal(await who(login).delete(`/blog/articles/${published.id}`), 403, 'FORBIDDEN', 'OnlyTheAuthorOrATeacherDeletes');
      expectRefusal(await who(login).post(`/blog/comments/${visibleComment.id}/hide`), 403, 'FORBIDDEN');
      expectRefusal(await who(login).delete(`/blog/comments/${visibleComment.id}`), 403, 'FORBIDDEN', 'OnlyTheAuthorOrATeacherDeletesAComment');
      expectRefusal(await who(login).post(`/blog/comments/${heldComment.id}/approve`), 404, 'NOT_FOUND');
      expect({ articles: await articleCount(), comments: await commentCount() }).toEqual(before);
      expect((await who('ferry.ce2a.prof').get<ArticleView>(`/blog/articles/${published.id}`)).body).toMatchObject({ status: 'published', title: 'La sortie au musée' });
    });

    it('the teacher turns sharing off: the partners are refused again', async () => {
      const answer = await who('ferry.ce2a.prof').patch(`/classes/${ce2a}/settings`, { shareBlogWithPartners: false });
      expect(answer.body.settings.shareBlogWithPartners).toBe(false);
      for (const login of PARTNERS) {
        expectRefusal(await who(login).get(`/classes/${ce2a}/blog/articles`), 403, 'FORBIDDEN');
        expectRefusal(await who(login).get(`/blog/articles/${published.id}`), 403, 'FORBIDDEN', undefined, published.title);
        expectRefusal(await who(login).get(`/blog/articles/${published.id}/comments`), 403, 'FORBIDDEN');
      }
    });

    it('sharing is the teacher’s (or director’s) setting: neither a pupil, a parent nor the partner teacher turns it on', async () => {
      for (const [login, status] of [['lea.ce2a', 403], ['parent.lea', 403], ['curie.ce2.prof', 403], ['tom.cm2', 404]] as const) {
        expect((await who(login).patch(`/classes/${ce2a}/settings`, { shareBlogWithPartners: true })).status).toBe(status);
      }
      expect((await who('ferry.ce2a.prof').get(`/classes/${ce2a}`)).body.settings.shareBlogWithPartners).toBe(false);
    });
  });
});

describe('writing in CE2 A (module matrix: write / submit an article)', () => {
  it.each(['lea.ce2a', 'hugo.ce2a', 'ferry.ce2a.prof'])('%s writes a draft', async (login) => {
    const answer = await who(login).post<ArticleView>(`/classes/${ce2a}/blog/articles`, { title: unique('Mon article'), body: '<p>Bonjour</p>' });
    expect(answer.status).toBe(201);
    expect(answer.body).toMatchObject({ status: 'draft', classId: ce2a, author: { id: who(login).me.id } });
  });

  it('the teacher publishes at once; a pupil may not (403 APupilDoesNotPublish, nothing stored)', async () => {
    const teacher = await who('ferry.ce2a.prof').post<ArticleView>(`/classes/${ce2a}/blog/articles`, { title: unique('Publié'), body: '<p>x</p>', publish: true });
    expect(teacher.body.status).toBe('published');
    const before = await articleCount();
    expectRefusal(await who('lea.ce2a').post(`/classes/${ce2a}/blog/articles`, { title: 'Direct', body: '<p>x</p>', publish: true }), 403, 'FORBIDDEN', 'APupilDoesNotPublish');
    expect(await articleCount()).toBe(before);
  });

  it.each([
    ['parent.lea', 403, 'FORBIDDEN'],
    ['parent.hugo', 403, 'FORBIDDEN'],
    ['ferry.direction', 403, 'FORBIDDEN'],
    ...CE2A_OUTSIDERS,
  ] as [string, number, string][])('%s may not write in CE2 A (%i %s), and nothing is stored', async (login, status, code) => {
    const before = await articleCount();
    expectRefusal(await who(login).post(`/classes/${ce2a}/blog/articles`, { title: 'Intrus', body: '<p>x</p>' }), status, code);
    expectRefusal(await who(login).post(`/classes/${ce2a}/blog/articles`, { title: 'Intrus', body: '<p>x</p>', publish: true }), status, code);
    expect(await articleCount()).toBe(before);
  });

  describe('publish / reject / unpublish are the class teacher’s', () => {
    let published: ArticleView;
    let pending: ArticleView;
    const MOVES: [move: string, rule: string][] = [
      ['publish', 'OnlyATeacherPublishes'],
      ['reject', 'OnlyATeacherSendsBack'],
      ['unpublish', 'OnlyATeacherUnpublishes'],
    ];
    const move = (login: string, articleId: string, name: string) => who(login).post(`/blog/articles/${articleId}/${name}`, name === 'reject' ? { feedback: 'Refusé.' } : undefined);

    beforeAll(async () => {
      published = await publishedBy('hugo.ce2a', ce2a, 'ferry.ce2a.prof', 'Article publié de Hugo');
      pending = await submitted('lea.ce2a', ce2a, 'Article en attente de Léa');
    });

    it.each(['lea.ce2a', 'hugo.ce2a', 'parent.lea', 'parent.hugo', 'ferry.direction'].flatMap((login) => MOVES.map(([m, rule]) => [login, m, rule])))(
      '%s may not %s a published article (403 %s)',
      async (login, name, rule) => {
        expectRefusal(await move(login, published.id, name), 403, 'FORBIDDEN', rule);
      },
    );

    it.each(CE2A_OUTSIDERS.flatMap(([login, status, code]) => MOVES.map(([m]) => [login, m, status, code] as const)))('%s may not %s a published article (%i %s)', async (login, name, status, code) => {
      expectRefusal(await move(login, published.id, name), status, code);
    });

    it.each(MOVES)('the author of a submitted article may not %s it (403 %s)', async (name, rule) => {
      expectRefusal(await move('lea.ce2a', pending.id, name), 403, 'FORBIDDEN', rule);
    });

    it.each(['hugo.ce2a', 'parent.lea', 'parent.hugo', 'ferry.direction'].flatMap((login) => MOVES.map(([m]) => [login, m])))('%s may not %s a submitted article they cannot see (404)', async (login, name) => {
      expectRefusal(await move(login, pending.id, name), 404, 'NOT_FOUND', undefined, pending.title);
    });

    it('the refused moves changed nothing', async () => {
      expect((await who('ferry.ce2a.prof').get<ArticleView>(`/blog/articles/${published.id}`)).body).toMatchObject({ status: 'published', title: 'Article publié de Hugo', feedback: null });
      expect((await who('ferry.ce2a.prof').get<ArticleView>(`/blog/articles/${pending.id}`)).body).toMatchObject({ status: 'submitted', title: 'Article en attente de Léa', feedback: null });
    });

    it('another school’s teacher and another class’s teacher may not move a submitted article either', async () => {
      for (const [login, status, code] of [['ferry.cm2.prof', 403, 'FORBIDDEN'], ['curie.ce2.prof', 403, 'FORBIDDEN'], ['tom.cm2', 404, 'NOT_FOUND']] as const) {
        for (const [name] of MOVES) expectRefusal(await move(login, pending.id, name), status, code, undefined, pending.title);
      }
    });
  });

  describe('editing and deleting', () => {
    let leaDraft: ArticleView;
    let leaSubmitted: ArticleView;
    let leaPublished: ArticleView;

    beforeAll(async () => {
      leaDraft = await write('lea.ce2a', ce2a, { title: 'Le brouillon de Léa', body: '<p>Premier jet</p>' });
      leaSubmitted = await submitted('lea.ce2a', ce2a, 'Le soumis de Léa');
      leaPublished = await publishedBy('lea.ce2a', ce2a, 'ferry.ce2a.prof', 'Le publié de Léa');
    });

    it('another pupil can neither edit nor delete Léa’s draft or submitted article: 404, they cannot even see it', async () => {
      for (const article of [leaDraft, leaSubmitted]) {
        expectRefusal(await who('hugo.ce2a').patch(`/blog/articles/${article.id}`, { title: 'Piraté' }), 404, 'NOT_FOUND', undefined, article.title);
        expectRefusal(await who('hugo.ce2a').delete(`/blog/articles/${article.id}`), 404, 'NOT_FOUND');
        expectRefusal(await who('hugo.ce2a').post(`/blog/articles/${article.id}/submit`), 404, 'NOT_FOUND');
      }
      expect((await who('lea.ce2a').get<ArticleView>(`/blog/articles/${leaDraft.id}`)).body).toMatchObject({ title: 'Le brouillon de Léa', body: '<p>Premier jet</p>', status: 'draft' });
    });

    it('another pupil may not edit nor delete Léa’s published article (403)', async () => {
      expectRefusal(await who('hugo.ce2a').patch(`/blog/articles/${leaPublished.id}`, { title: 'Piraté' }), 403, 'FORBIDDEN', 'OnlyTheAuthorEdits');
      expectRefusal(await who('hugo.ce2a').delete(`/blog/articles/${leaPublished.id}`), 403, 'FORBIDDEN', 'OnlyTheAuthorOrATeacherDeletes');
    });

    it.each([
      ['submitted', () => leaSubmitted],
      ['published', () => leaPublished],
    ])('the author may not edit her %s article (409 OnlyADraftIsEdited) nor delete it (409 TheAuthorDeletesOnlyADraft)', async (_status, article) => {
      expectRefusal(await who('lea.ce2a').patch(`/blog/articles/${article().id}`, { title: 'Changé' }), 409, 'CONFLICT', 'OnlyADraftIsEdited');
      expectRefusal(await who('lea.ce2a').patch(`/blog/articles/${article().id}`, { body: '<p>Changé</p>' }), 409, 'CONFLICT', 'OnlyADraftIsEdited');
      expectRefusal(await who('lea.ce2a').delete(`/blog/articles/${article().id}`), 409, 'CONFLICT', 'TheAuthorDeletesOnlyADraft');
      expect((await who('lea.ce2a').get<ArticleView>(`/blog/articles/${article().id}`)).body.title).toBe(article().title);
    });

    it('the teacher does not edit a pupil’s draft (403 OnlyTheAuthorEdits); parents and the director edit nothing', async () => {
      expectRefusal(await who('ferry.ce2a.prof').patch(`/blog/articles/${leaDraft.id}`, { title: 'Corrigé' }), 403, 'FORBIDDEN', 'OnlyTheAuthorEdits');
      for (const login of ['parent.lea', 'ferry.direction']) {
        expectRefusal(await who(login).patch(`/blog/articles/${leaPublished.id}`, { title: 'Piraté' }), 403, 'FORBIDDEN');
        expectRefusal(await who(login).patch(`/blog/articles/${leaDraft.id}`, { title: 'Piraté' }), 404, 'NOT_FOUND');
      }
    });

    it.each(['parent.lea', 'parent.hugo', 'ferry.direction'])('%s may not delete a published article (403 OnlyTheAuthorOrATeacherDeletes)', async (login) => {
      expectRefusal(await who(login).delete(`/blog/articles/${leaPublished.id}`), 403, 'FORBIDDEN', 'OnlyTheAuthorOrATeacherDeletes');
      expect((await who('lea.ce2a').get(`/blog/articles/${leaPublished.id}`)).status).toBe(200);
    });

    it.each(CE2A_OUTSIDERS)('%s may not edit nor delete any CE2 A article (%i %s)', async (login, status, code) => {
      for (const article of [leaDraft, leaSubmitted, leaPublished]) {
        expectRefusal(await who(login).patch(`/blog/articles/${article.id}`, { title: 'Piraté' }), status, code);
        expectRefusal(await who(login).delete(`/blog/articles/${article.id}`), status, code);
      }
    });

    it('a pupil deletes her own draft', async () => {
      const mine = await write('lea.ce2a', ce2a);
      expect((await who('lea.ce2a').delete(`/blog/articles/${mine.id}`)).status).toBe(204);
      expectRefusal(await who('lea.ce2a').get(`/blog/articles/${mine.id}`), 404, 'NOT_FOUND');
    });

    it('the teacher deletes any article of the class: a pupil’s draft, a submitted and a published one', async () => {
      for (const article of [leaDraft, leaSubmitted, leaPublished]) {
        expect((await who('ferry.ce2a.prof').delete(`/blog/articles/${article.id}`)).status).toBe(204);
        expectRefusal(await who('lea.ce2a').get(`/blog/articles/${article.id}`), 404, 'NOT_FOUND');
      }
      const listed = (await who('ferry.ce2a.prof').get<ArticlePage>(`/classes/${ce2a}/blog/articles?limit=50`)).body.items.map((a) => a.id);
      expect(listed).not.toContain(leaPublished.id);
    });

    it('another class’s teacher may not delete a CE2 A article', async () => {
      const article = await write('ferry.ce2a.prof', ce2a, { publish: true });
      expectRefusal(await who('ferry.cm2.prof').delete(`/blog/articles/${article.id}`), 403, 'FORBIDDEN');
      expect((await who('lea.ce2a').get(`/blog/articles/${article.id}`)).status).toBe(200);
    });
  });
});

describe('comments (module matrix: comment; approve / hide a comment)', () => {
  let article: ArticleView;

  beforeAll(async () => {
    article = await publishedBy('lea.ce2a', ce2a, 'ferry.ce2a.prof', 'Les volcans');
  });

  it.each([
    ['lea.ce2a', 'pending'],
    ['hugo.ce2a', 'pending'],
    ['parent.lea', 'pending'],
    ['parent.hugo', 'pending'],
    ['ferry.ce2a.prof', 'visible'],
  ])('%s comments in CE2 A (comments held: %s)', async (login, status) => {
    const answer = await who(login).post<CommentView>(`/blog/articles/${article.id}/comments`, { body: `Un mot de ${login}` });
    expect(answer.status).toBe(201);
    expect(answer.body).toMatchObject({ status, body: `Un mot de ${login}`, author: { id: who(login).me.id } });
  });

  it.each([['ferry.direction', 403, 'FORBIDDEN'], ...CE2A_OUTSIDERS] as [string, number, string][])('%s may not comment (%i %s), and nothing is stored', async (login, status, code) => {
    const before = await commentCount();
    expectRefusal(await who(login).post(`/blog/articles/${article.id}/comments`, { body: 'Intrus' }), status, code);
    expect(await commentCount()).toBe(before);
  });

  it('the director reads the article but may not comment: permissions say so', async () => {
    const seen = await who('ferry.direction').get<ArticleView>(`/blog/articles/${article.id}`);
    expect(seen.status).toBe(200);
    expect(seen.body.permissions).toMatchObject({ comment: false, moderateComments: false, delete: false, unpublish: false });
  });

  it('a partner class may not comment even when the blog is shared with it', async () => {
    expect((await who('ferry.ce2a.prof').patch(`/classes/${ce2a}/settings`, { shareBlogWithPartners: true })).status).toBe(200);
    try {
      const before = await commentCount();
      for (const login of ['curie.ce2.prof', 'nina.curie']) {
        expect((await who(login).get<ArticleView>(`/blog/articles/${article.id}`)).body.permissions.comment).toBe(false);
        expectRefusal(await who(login).post(`/blog/articles/${article.id}/comments`, { body: 'Coucou' }), 403, 'FORBIDDEN');
      }
      expect(await commentCount()).toBe(before);
    } finally {
      await who('ferry.ce2a.prof').patch(`/classes/${ce2a}/settings`, { shareBlogWithPartners: false });
    }
  });

  describe('held comments (CE2 A: commentModeration held)', () => {
    let held: CommentView;

    beforeAll(async () => {
      held = await comment('parent.lea', article.id, 'Bravo ma fille !');
    });

    it('a held comment is pending: its author and the teacher see it, nobody else', async () => {
      expect(held.status).toBe('pending');
      expect(await visibleCommentBodies('parent.lea', article.id)).toContain('Bravo ma fille !');
      const forTeacher = (await who('ferry.ce2a.prof').get<CommentPage>(`/blog/articles/${article.id}/comments`)).body.items;
      expect(forTeacher.find((c) => c.id === held.id)).toMatchObject({ status: 'pending', permissions: { approve: true, hide: true, delete: true } });
      for (const login of ['lea.ce2a', 'hugo.ce2a', 'parent.hugo', 'ferry.direction']) {
        expect(await visibleCommentBodies(login, article.id)).not.toContain('Bravo ma fille !');
      }
      const count = (await who('hugo.ce2a').get<ArticleView>(`/blog/articles/${article.id}`)).body.pendingCommentCount;
      expect(count).toBe(0);
    });

    it.each(['lea.ce2a', 'hugo.ce2a', 'parent.hugo', 'ferry.direction'])('%s may not approve nor hide a pending comment they cannot see (404)', async (login) => {
      expectRefusal(await who(login).post(`/blog/comments/${held.id}/approve`), 404, 'NOT_FOUND', undefined, 'Bravo ma fille');
      expectRefusal(await who(login).post(`/blog/comments/${held.id}/hide`), 404, 'NOT_FOUND');
      expectRefusal(await who(login).delete(`/blog/comments/${held.id}`), 404, 'NOT_FOUND');
    });

    it('its author may not approve her own comment (403)', async () => {
      expectRefusal(await who('parent.lea').post(`/blog/comments/${held.id}/approve`), 403, 'FORBIDDEN');
      expectRefusal(await who('parent.lea').post(`/blog/comments/${held.id}/hide`), 403, 'FORBIDDEN');
    });

    it.each(CE2A_OUTSIDERS)('%s may not moderate it (%i %s)', async (login, status, code) => {
      expectRefusal(await who(login).post(`/blog/comments/${held.id}/approve`), status, code);
      expectRefusal(await who(login).post(`/blog/comments/${held.id}/hide`), status, code);
      expectRefusal(await who(login).delete(`/blog/comments/${held.id}`), status, code);
    });

    it('the teacher approves it: then everyone who reads the article sees it', async () => {
      expect((await who('ferry.ce2a.prof').get<CommentPage>(`/blog/articles/${article.id}/comments`)).body.items.find((c) => c.id === held.id)?.status).toBe('pending');
      const approved = await who('ferry.ce2a.prof').post<CommentView>(`/blog/comments/${held.id}/approve`);
      expect(approved.status).toBe(200);
      expect(approved.body.status).toBe('visible');
      for (const login of ['lea.ce2a', 'hugo.ce2a', 'parent.hugo', 'ferry.direction']) expect(await visibleCommentBodies(login, article.id)).toContain('Bravo ma fille !');
    });

    it.each(['lea.ce2a', 'hugo.ce2a', 'parent.hugo', 'parent.lea', 'ferry.direction'])('%s may not hide a visible comment (403)', async (login) => {
      expectRefusal(await who(login).post(`/blog/comments/${held.id}/hide`), 403, 'FORBIDDEN');
    });

    it.each(['lea.ce2a', 'hugo.ce2a', 'parent.hugo', 'ferry.direction'])('%s may not delete another’s comment (403 OnlyTheAuthorOrATeacherDeletesAComment)', async (login) => {
      expectRefusal(await who(login).delete(`/blog/comments/${held.id}`), 403, 'FORBIDDEN', 'OnlyTheAuthorOrATeacherDeletesAComment');
      expect(await visibleCommentBodies('ferry.ce2a.prof', article.id)).toContain('Bravo ma fille !');
    });

    it('the teacher hides it: gone for the readers, still shown to its author as hidden', async () => {
      const hidden = await who('ferry.ce2a.prof').post<CommentView>(`/blog/comments/${held.id}/hide`);
      expect(hidden.body.status).toBe('hidden');
      expect(await visibleCommentBodies('hugo.ce2a', article.id)).not.toContain('Bravo ma fille !');
      expect((await who('parent.lea').get<CommentPage>(`/blog/articles/${article.id}/comments`)).body.items.find((c) => c.id === held.id)?.status).toBe('hidden');
    });

    it('an author deletes her own comment', async () => {
      const mine = await comment('hugo.ce2a', article.id, 'Je retire ce que j’ai dit');
      expect((await who('hugo.ce2a').delete(`/blog/comments/${mine.id}`)).status).toBe(204);
      expect(await visibleCommentBodies('ferry.ce2a.prof', article.id)).not.toContain('Je retire ce que j’ai dit');
      expectRefusal(await who('hugo.ce2a').delete(`/blog/comments/${mine.id}`), 404, 'NOT_FOUND');
    });

    it('the teacher deletes any comment', async () => {
      expect((await who('ferry.ce2a.prof').delete(`/blog/comments/${held.id}`)).status).toBe(204);
      expect(await visibleCommentBodies('parent.lea', article.id)).not.toContain('Bravo ma fille !');
    });
  });

  it('immediate (CM2): a comment is visible at once to the other readers', async () => {
    const cm2Article = await publishedBy('tom.cm2', cm2, 'ferry.cm2.prof', 'Le rallye lecture');
    const mine = await comment('tom.cm2', cm2Article.id, 'J’ai lu trois livres');
    expect(mine.status).toBe('visible');
    expect(await visibleCommentBodies('parent.hugo', cm2Article.id)).toContain('J’ai lu trois livres');
    const parents = await comment('parent.hugo', cm2Article.id, 'Bravo Tom');
    expect(parents.status).toBe('visible');
    expect(await visibleCommentBodies('tom.cm2', cm2Article.id)).toContain('Bravo Tom');
    // CE2 A's people may not comment on CM2's blog.
    expectRefusal(await who('lea.ce2a').post(`/blog/articles/${cm2Article.id}/comments`, { body: 'Coucou' }), 404, 'NOT_FOUND');
    expectRefusal(await who('parent.lea').post(`/blog/articles/${cm2Article.id}/comments`, { body: 'Coucou' }), 404, 'NOT_FOUND');
  });

  it('off: every comment is refused (403 CommentsAreSwitchedOff), and the permissions say so', async () => {
    expect((await who('ferry.ce2a.prof').patch(`/classes/${ce2a}/settings`, { commentModeration: 'off' })).body.settings.commentModeration).toBe('off');
    try {
      const before = await commentCount();
      for (const login of ['lea.ce2a', 'parent.lea', 'ferry.ce2a.prof']) {
        expect((await who(login).get<ArticleView>(`/blog/articles/${article.id}`)).body.permissions.comment).toBe(false);
        expectRefusal(await who(login).post(`/blog/articles/${article.id}/comments`, { body: 'Encore un mot' }), 403, 'FORBIDDEN', 'CommentsAreSwitchedOff');
      }
      expect(await commentCount()).toBe(before);
    } finally {
      expect((await who('ferry.ce2a.prof').patch(`/classes/${ce2a}/settings`, { commentModeration: 'held' })).body.settings.commentModeration).toBe('held');
    }
    expect((await comment('lea.ce2a', article.id, 'De retour')).status).toBe('pending');
  });

  it('comments on a draft or a submitted article are refused', async () => {
    const draft = await write('lea.ce2a', ce2a);
    const pending = await submitted('hugo.ce2a', ce2a);
    const before = await commentCount();
    expectRefusal(await who('lea.ce2a').post(`/blog/articles/${draft.id}/comments`, { body: 'Moi-même' }), 409, 'CONFLICT', 'OnlyAPublishedArticleIsCommented');
    expectRefusal(await who('ferry.ce2a.prof').post(`/blog/articles/${draft.id}/comments`, { body: 'La maîtresse' }), 409, 'CONFLICT', 'OnlyAPublishedArticleIsCommented');
    expectRefusal(await who('ferry.ce2a.prof').post(`/blog/articles/${pending.id}/comments`, { body: 'La maîtresse' }), 409, 'CONFLICT', 'OnlyAPublishedArticleIsCommented');
    for (const login of ['hugo.ce2a', 'parent.lea']) expectRefusal(await who(login).post(`/blog/articles/${draft.id}/comments`, { body: 'Intrus' }), 404, 'NOT_FOUND');
    expect(await commentCount()).toBe(before);
  });
});

describe('integration events through the outbox', () => {
  const eventsOf = (articleId: string) =>
    preau.sql<{ type: string; version: number; payload: Record<string, unknown>; actor_id: string }>(`select type, version, payload, actor_id from platform.outbox_message where payload->>'articleId' = $1 order by occurred_at, type`, [articleId]);

  it('submit, send back, publish and a held comment each leave their row, in the order they happened', async () => {
    const article = await submitted('lea.ce2a', ce2a, 'Les événements');
    expect((await who('ferry.ce2a.prof').post(`/blog/articles/${article.id}/reject`, { feedback: 'Encore un effort.' })).body.status).toBe('draft');
    expect((await who('lea.ce2a').post(`/blog/articles/${article.id}/submit`)).body.status).toBe('submitted');
    expect((await who('ferry.ce2a.prof').post(`/blog/articles/${article.id}/publish`)).body.status).toBe('published');
    const held = await comment('parent.lea', article.id, 'En attente');
    expect(held.status).toBe('pending');

    const rows = await eventsOf(article.id);
    expect(rows.map((r) => r.type)).toEqual([
      PublicationEvents.ArticleSubmitted.type,
      PublicationEvents.ArticleSentBack.type,
      PublicationEvents.ArticleSubmitted.type,
      PublicationEvents.ArticlePublished.type,
      PublicationEvents.CommentAwaitingModeration.type,
    ]);
    expect(rows.map((r) => r.type)).toEqual(['publication.article-submitted', 'publication.article-sent-back', 'publication.article-submitted', 'publication.article-published', 'publication.comment-awaiting-moderation']);
    expect(rows.map((r) => r.version)).toEqual([1, 1, 1, 1, 1]);
    const lea = who('lea.ce2a').me.id;
    const teacher = who('ferry.ce2a.prof').me.id;
    expect(rows[0]).toMatchObject({ actor_id: lea, payload: { articleId: article.id, classId: ce2a, authorId: lea } });
    expect(rows[1]).toMatchObject({ actor_id: teacher, payload: { articleId: article.id, authorId: lea, sentBackBy: teacher, feedback: 'Encore un effort.' } });
    expect(rows[3]).toMatchObject({ actor_id: teacher, payload: { articleId: article.id, classId: ce2a, authorId: lea, publishedBy: teacher } });
    expect(rows[4]).toMatchObject({ actor_id: who('parent.lea').me.id, payload: { articleId: article.id, commentId: held.id } });
  });

  it('a refused move and an immediate comment leave no such row', async () => {
    const article = await submitted('hugo.ce2a', ce2a, 'Sans événement de trop');
    expectRefusal(await who('hugo.ce2a').post(`/blog/articles/${article.id}/publish`), 403, 'FORBIDDEN', 'OnlyATeacherPublishes');
    expectRefusal(await who('parent.hugo').post(`/blog/articles/${article.id}/reject`, { feedback: 'Non' }), 404, 'NOT_FOUND');
    expect((await eventsOf(article.id)).map((r) => r.type)).toEqual([PublicationEvents.ArticleSubmitted.type]);

    const teacherArticle = await write('ferry.ce2a.prof', ce2a, { publish: true });
    await comment('ferry.ce2a.prof', teacherArticle.id, 'Visible tout de suite');
    expect((await eventsOf(teacherArticle.id)).map((r) => r.type)).toEqual([PublicationEvents.ArticlePublished.type]);
  });
});

// Last: switches change the whole class (and school) for everyone.
describe('the blog module switched off', () => {
  let published: ArticleView;
  let draft: ArticleView;
  let snapshot: { list: unknown; article: unknown; comments: unknown };

  const PEOPLE = ['lea.ce2a', 'parent.lea', 'ferry.ce2a.prof'];
  const shape = async () => {
    const teacher = who('ferry.ce2a.prof');
    const list = (await teacher.get<ArticlePage>(`/classes/${ce2a}/blog/articles?limit=50`)).body.items.map((a) => ({ id: a.id, title: a.title, status: a.status, commentCount: a.commentCount }));
    const article = (await teacher.get<ArticleView>(`/blog/articles/${published.id}`)).body;
    const comments = (await teacher.get<CommentPage>(`/blog/articles/${published.id}/comments`)).body.items.map((c) => ({ id: c.id, body: c.body, status: c.status }));
    return { list, article: { title: article.title, body: article.body, status: article.status, publishedAt: article.publishedAt }, comments };
  };

  beforeAll(async () => {
    published = await write('ferry.ce2a.prof', ce2a, { title: 'Avant la coupure', body: '<p>Texte gardé</p>', publish: true });
    draft = await write('lea.ce2a', ce2a, { title: 'Brouillon gardé' });
    await comment('parent.lea', published.id, 'Commentaire gardé');
    await comment('ferry.ce2a.prof', published.id, 'Réponse gardée');
    // Reading receipts are recorded on a first read: read once before taking the snapshot.
    await shape();
    snapshot = await shape();
  });

  /** Every blog route of CE2 A, for one person, with the module off: 403 MODULE_DISABLED. */
  async function expectAllDisabled(login: string): Promise<void> {
    const client = who(login);
    const answers: [string, Answer][] = [
      ['list', await client.get(`/classes/${ce2a}/blog/articles`)],
      ['get', await client.get(`/blog/articles/${published.id}`)],
      ['comments', await client.get(`/blog/articles/${published.id}/comments`)],
      ['comment', await client.post(`/blog/articles/${published.id}/comments`, { body: 'Pendant la coupure' })],
    ];
    if (login !== 'parent.lea') answers.push(['create', await client.post(`/classes/${ce2a}/blog/articles`, { title: 'Pendant la coupure', body: '<p>x</p>' })]);
    if (login === 'lea.ce2a') {
      answers.push(['own draft', await client.get(`/blog/articles/${draft.id}`)]);
      answers.push(['edit', await client.patch(`/blog/articles/${draft.id}`, { title: 'Pendant la coupure' })]);
      answers.push(['submit', await client.post(`/blog/articles/${draft.id}/submit`)]);
    }
    if (login === 'ferry.ce2a.prof') {
      answers.push(['moderation', await client.get(`/classes/${ce2a}/blog/moderation`)]);
      answers.push(['unpublish', await client.post(`/blog/articles/${published.id}/unpublish`)]);
      answers.push(['delete', await client.delete(`/blog/articles/${published.id}`)]);
    }
    for (const [route, answer] of answers) {
      expect({ route, status: answer.status, code: answer.body?.code }).toEqual({ route, status: 403, code: 'MODULE_DISABLED' });
      expect(answer.headers.get('content-type')).toMatch(/^application\/problem\+json/);
    }
  }

  it('the teacher switches the blog off: every blog route answers 403 MODULE_DISABLED, for pupils, parents and the teacher alike', async () => {
    const before = { articles: await articleCount(), comments: await commentCount() };
    const off = await who('ferry.ce2a.prof').patch(`/classes/${ce2a}/modules`, { blog: false });
    expect(off.status).toBe(200);
    expect(off.body.modules.blog).toBe(false);
    try {
      for (const login of PEOPLE) await expectAllDisabled(login);
      // Those who were refused anyway still are, as before.
      expectRefusal(await who('parent.lea').post(`/classes/${ce2a}/blog/articles`, { title: 'x', body: '<p>x</p>' }), 403, 'FORBIDDEN');
      expectRefusal(await who('tom.cm2').get(`/classes/${ce2a}/blog/articles`), 404, 'NOT_FOUND');
      expect({ articles: await articleCount(), comments: await commentCount() }).toEqual(before);
    } finally {
      expect((await who('ferry.ce2a.prof').patch(`/classes/${ce2a}/modules`, { blog: true })).body.modules.blog).toBe(true);
    }
  });

  it('switched back on: the data is back unchanged', async () => {
    expect(await shape()).toEqual(snapshot);
    expect((await who('lea.ce2a').get<ArticleView>(`/blog/articles/${draft.id}`)).body).toMatchObject({ title: 'Brouillon gardé', status: 'draft' });
    expect((await who('parent.lea').get(`/classes/${ce2a}/blog/articles`)).status).toBe(200);
  });

  it('the school emergency switch (by the director) stops the blog of every class of the school; switched back, it works again', async () => {
    const cm2Article = await write('ferry.cm2.prof', cm2, { publish: true });
    const off = await who('ferry.direction').put(`/admin/schools/${ferrySchool}/switches`, { blog: false });
    expect(off.status).toBe(200);
    expect(off.body.switches.blog).toBe(false);
    try {
      for (const login of PEOPLE) await expectAllDisabled(login);
      for (const login of ['tom.cm2', 'parent.hugo', 'ferry.cm2.prof']) {
        const answer = await who(login).get(`/blog/articles/${cm2Article.id}`);
        expect({ login, status: answer.status, code: answer.body.code }).toEqual({ login, status: 403, code: 'MODULE_DISABLED' });
      }
      // The class's own switch cannot override the school's.
      await who('ferry.ce2a.prof').patch(`/classes/${ce2a}/modules`, { blog: true });
      expect((await who('lea.ce2a').get(`/classes/${ce2a}/blog/articles`)).body.code).toBe('MODULE_DISABLED');
      // Another school is untouched.
      const curie = who('curie.ce2.prof').me.classes[0].id;
      expect((await who('nina.curie').get(`/classes/${curie}/blog/articles`)).status).toBe(200);
    } finally {
      expect((await who('ferry.direction').put(`/admin/schools/${ferrySchool}/switches`, { blog: true })).status).toBe(200);
    }
    expect(await shape()).toEqual(snapshot);
    expect((await who('tom.cm2').get(`/blog/articles/${cm2Article.id}`)).status).toBe(200);
  });
});
