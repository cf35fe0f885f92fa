import type { ArticlePage, ArticleView, CommentPage, CommentView, ModerationQueueView } from '@preau/contracts';
import { as } from '../support/client';
import { type PreauServer, startPreau } from '../support/preau-server';

type Client = Awaited<ReturnType<typeof as>>;

let preau: PreauServer;
let teacher: Client;
let pupil: Client;
let parent: Client;
let ce2a: string;

beforeAll(async () => {
  preau = await startPreau('blog_workflow');
  teacher = await as(preau.baseUrl, 'ferry.ce2a.prof');
  pupil = await as(preau.baseUrl, 'lea.ce2a');
  parent = await as(preau.baseUrl, 'parent.lea');
  ce2a = teacher.me.classes.find((c) => c.name === 'CE2 A')?.id ?? '';
}, 120_000);
afterAll(() => preau?.stop());

describe('class blog workflow over HTTP (CE2 A holds comments)', () => {
  let article: ArticleView;

  it('the demo blog is not empty: families read the published articles', async () => {
    const page = await parent.get<ArticlePage>(`/classes/${ce2a}/blog/articles`);
    expect(page.status).toBe(200);
    expect(page.body.items.length).toBeGreaterThanOrEqual(2);
    expect(page.body.items.every((a) => a.status === 'published')).toBe(true);
  });

  it('a pupil writes a draft; the body is sanitised, the title kept as written', async () => {
    const answer = await pupil.post<ArticleView>(`/classes/${ce2a}/blog/articles`, {
      title: 'Mon <b>exposé</b> & les volcans',
      body: '<p onclick="alert(1)">Les volcans <script>alert(2)</script>crachent</p><img src=x onerror=alert(3)>',
    });
    expect(answer.status).toBe(201);
    article = answer.body;
    expect(article).toMatchObject({ status: 'draft', title: 'Mon <b>exposé</b> & les volcans', classId: ce2a, author: { displayName: 'Léa Martin', role: 'PUPIL' } });
    expect(article.body).toBe('<p>Les volcans crachent</p>');
    expect(article.permissions).toMatchObject({ edit: true, submit: true, publish: false });
  });

  it('the draft is the author’s and the teachers’ only', async () => {
    expect((await parent.get(`/blog/articles/${article.id}`)).status).toBe(404);
    expect((await (await as(preau.baseUrl, 'hugo.ce2a')).get(`/blog/articles/${article.id}`)).status).toBe(404);
    expect((await teacher.get(`/blog/articles/${article.id}`)).status).toBe(200);
  });

  it('a pupil may not publish; submits; the teacher sends it back with feedback; the pupil edits and submits again', async () => {
    const refused = await pupil.post(`/blog/articles/${article.id}/publish`);
    expect(refused.status).toBe(403);
    expect(refused.body).toMatchObject({ code: 'FORBIDDEN', rule: 'OnlyATeacherPublishes' });
    expect((await pupil.post<ArticleView>(`/blog/articles/${article.id}/submit`)).body.status).toBe('submitted');
    expect((await pupil.patch(`/blog/articles/${article.id}`, { title: 'x' })).body).toMatchObject({ code: 'CONFLICT', rule: 'OnlyADraftIsEdited' });

    const queue = await teacher.get<ModerationQueueView>(`/classes/${ce2a}/blog/moderation`);
    expect(queue.body.counts.submitted).toBe(1);
    expect(queue.body.submitted[0].id).toBe(article.id);

    const sentBack = await teacher.post<ArticleView>(`/blog/articles/${article.id}/reject`, { feedback: 'Ajoute une photo du volcan.' });
    expect(sentBack.body).toMatchObject({ status: 'draft', feedback: 'Ajoute une photo du volcan.' });
    expect((await pupil.get<ArticleView>(`/blog/articles/${article.id}`)).body.feedback).toBe('Ajoute une photo du volcan.');
    const edited = await pupil.patch<ArticleView>(`/blog/articles/${article.id}`, { body: '<p>Les volcans crachent de la lave.</p>' });
    expect(edited.status).toBe(200);
    expect((await pupil.post<ArticleView>(`/blog/articles/${article.id}/submit`)).body.status).toBe('submitted');
  });

  it('the teacher publishes; the parent reads it (new, then read) and comments; the comment waits for approval', async () => {
    const published = await teacher.post<ArticleView>(`/blog/articles/${article.id}/publish`);
    expect(published.body).toMatchObject({ status: 'published', feedback: null });
    const before = await parent.get<ArticlePage>(`/classes/${ce2a}/blog/articles`);
    expect(before.body.items.find((a) => a.id === article.id)).toMatchObject({ read: false });
    expect((await parent.get<ArticleView>(`/blog/articles/${article.id}`)).body.permissions).toMatchObject({ comment: true, edit: false });
    const after = await parent.get<ArticlePage>(`/classes/${ce2a}/blog/articles`);
    expect(after.body.items.find((a) => a.id === article.id)).toMatchObject({ read: true });

    const comment = await parent.post<CommentView>(`/blog/articles/${article.id}/comments`, { body: '<b>Bravo</b> Léa !' });
    expect(comment.status).toBe(201);
    expect(comment.body).toMatchObject({ status: 'pending', body: '<b>Bravo</b> Léa !' });
    expect((await pupil.get<CommentPage>(`/blog/articles/${article.id}/comments`)).body.items).toHaveLength(0);

    const queue = await teacher.get<ModerationQueueView>(`/classes/${ce2a}/blog/moderation`);
    expect(queue.body.counts.pendingComments).toBe(1);
    const approved = await teacher.post<CommentView>(`/blog/comments/${comment.body.id}/approve`);
    expect(approved.body.status).toBe('visible');
    expect((await pupil.get<CommentPage>(`/blog/articles/${article.id}/comments`)).body.items.map((c) => c.body)).toEqual(['<b>Bravo</b> Léa !']);

    const readers = await teacher.get(`/blog/articles/${article.id}/readers`);
    expect(readers.body.readers.map((r: { person: { displayName: string } }) => r.person.displayName)).toContain('Sophie Martin');
    expect((await parent.get(`/blog/articles/${article.id}/readers`)).status).toBe(403);
  });

  it('bad input answers 400 VALIDATION_FAILED with the fields, and changes nothing', async () => {
    const answer = await teacher.post(`/classes/${ce2a}/blog/articles`, { title: '', body: 42 });
    expect(answer.status).toBe(400);
    expect(answer.body.code).toBe('VALIDATION_FAILED');
    expect(answer.body.errors.map((e: { field: string }) => e.field)).toEqual(expect.arrayContaining(['body']));
    const blank = await teacher.post(`/classes/${ce2a}/blog/articles`, { title: '   ', body: '<p>x</p>' });
    expect(blank.status).toBe(400);
    expect(blank.body).toMatchObject({ code: 'VALIDATION_FAILED', rule: 'ATitleIsOneTo200Characters', errors: [{ field: 'title' }] });
  });
});
