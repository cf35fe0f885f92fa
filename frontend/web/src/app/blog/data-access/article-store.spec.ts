import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { ArticleStore } from './article-store';
import { NO_PERMISSIONS, articleView, comment } from './blog-test-data';

const flushMicrotasks = async () => {
  for (let i = 0; i < 10; i++) await Promise.resolve();
};

describe('ArticleStore', () => {
  let store: ArticleStore;
  let backend: HttpTestingController;

  beforeEach(() => {
    TestBed.configureTestingModule({ providers: [provideHttpClient(), provideHttpClientTesting(), ArticleStore] });
    store = TestBed.inject(ArticleStore);
    backend = TestBed.inject(HttpTestingController);
  });

  afterEach(() => backend.verify());

  async function open(over = {}) {
    const loading = store.load('a1');
    backend.expectOne('/api/v1/blog/articles/a1').flush(articleView(over));
    await loading;
  }

  it('opens a published article and its comments', async () => {
    const loading = store.load('a1');
    backend.expectOne('/api/v1/blog/articles/a1').flush(articleView({ permissions: { ...NO_PERMISSIONS, comment: true } }));
    await flushMicrotasks();
    backend.expectOne('/api/v1/blog/articles/a1/comments').flush({ items: [comment()] });
    await loading;
    expect(store.article()?.title).toBe('Notre sortie au parc');
    expect(store.comments().length).toBe(1);
    expect(store.permissions()?.comment).toBe(true);
  });

  it('asks no comments for a draft', async () => {
    const loading = store.load('a1');
    backend.expectOne('/api/v1/blog/articles/a1').flush(articleView({ status: 'draft' }));
    await loading;
    backend.expectNone('/api/v1/blog/articles/a1/comments');
  });

  it('posts a comment as plain text, held for the teacher', async () => {
    await open({ status: 'draft' });
    const sent = store.addComment('  Bravo <b>Léa</b> !  ');
    const req = backend.expectOne({ method: 'POST', url: '/api/v1/blog/articles/a1/comments' });
    expect(req.request.body).toEqual({ body: 'Bravo <b>Léa</b> !' });
    req.flush(comment({ id: 'k2', status: 'pending', body: 'Bravo <b>Léa</b> !' }));
    expect(await sent).toBe(true);
    expect(store.comments().map((c) => c.status)).toEqual(['pending']);
    expect(store.message()?.key).toBe('blog.comments.sentHeld');
    expect(await store.addComment('   ')).toBe(false);
  });

  it('says why a comment was refused', async () => {
    await open({ status: 'draft' });
    const sent = store.addComment('Bravo');
    backend.expectOne('/api/v1/blog/articles/a1/comments').flush({ code: 'MODULE_DISABLED' }, { status: 403, statusText: 'x' });
    expect(await sent).toBe(false);
    expect(store.commentError()).toBe('errors.MODULE_DISABLED');
  });

  it('moderates comments: approve, hide, delete', async () => {
    await open({ status: 'draft' });
    store.comments.set([comment({ id: 'k1', status: 'pending' }), comment({ id: 'k2' })]);
    const approved = store.approveComment(store.comments()[0]);
    backend.expectOne('/api/v1/blog/comments/k1/approve').flush(comment({ id: 'k1', status: 'visible' }));
    await approved;
    const hidden = store.hideComment(store.comments()[1]);
    backend.expectOne('/api/v1/blog/comments/k2/hide').flush(comment({ id: 'k2', status: 'hidden' }));
    await hidden;
    expect(store.comments().map((c) => c.status)).toEqual(['visible', 'hidden']);
    // A hidden comment shows only to those who moderate.
    expect(store.visibleComments().map((c) => c.id)).toEqual(['k1']);
    const deleted = store.deleteComment(store.comments()[0]);
    backend.expectOne({ method: 'DELETE', url: '/api/v1/blog/comments/k1' }).flush(null, { status: 204, statusText: 'No Content' });
    await deleted;
    expect(store.comments().map((c) => c.id)).toEqual(['k2']);
  });

  it('runs the workflow and keeps the article as the server answers it', async () => {
    await open({ status: 'submitted' });
    const sentBack = store.sendBack('Ajoute une photo.');
    const req = backend.expectOne('/api/v1/blog/articles/a1/reject');
    expect(req.request.body).toEqual({ feedback: 'Ajoute une photo.' });
    req.flush(articleView({ status: 'draft', feedback: 'Ajoute une photo.' }));
    expect(await sentBack).toBe(true);
    expect(store.article()?.feedback).toBe('Ajoute une photo.');

    const published = store.transition('publish');
    backend.expectOne('/api/v1/blog/articles/a1/publish').flush(articleView({ status: 'published' }));
    await flushMicrotasks();
    backend.expectOne('/api/v1/blog/articles/a1/comments').flush({ items: [] });
    expect(await published).toBe(true);
    expect(store.message()?.key).toBe('blog.article.done.publish');
  });

  it('lists who read it, for the teacher', async () => {
    await open({ status: 'draft' });
    const loading = store.loadReaders();
    backend.expectOne('/api/v1/blog/articles/a1/readers').flush({ readers: [{ person: { id: 'p', displayName: 'Sophie Martin', role: 'PARENT' }, readAt: '2026-03-03T08:00:00Z' }] });
    await loading;
    expect(store.readers()?.[0].person.displayName).toBe('Sophie Martin');
  });
});
