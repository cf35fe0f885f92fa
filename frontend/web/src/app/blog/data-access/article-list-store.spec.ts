import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { ARTICLES_PAGE_SIZE, ArticleListStore } from './article-list-store';
import { articleSummary } from './blog-test-data';

const params = (url: string) => (r: { url: string; params: { keys(): string[]; get(k: string): string | null } }) => r.url === url;

describe('ArticleListStore', () => {
  let store: ArticleListStore;
  let backend: HttpTestingController;

  beforeEach(() => {
    TestBed.configureTestingModule({ providers: [provideHttpClient(), provideHttpClientTesting(), ArticleListStore] });
    store = TestBed.inject(ArticleListStore);
    backend = TestBed.inject(HttpTestingController);
  });

  afterEach(() => backend.verify());

  it('loads a class blog, splits work in progress from published articles, and counts the unread', async () => {
    const loading = store.load('c1');
    const req = backend.expectOne(params('/api/v1/classes/c1/blog/articles'));
    expect(req.request.params.get('limit')).toBe(String(ARTICLES_PAGE_SIZE));
    expect(req.request.params.has('status')).toBe(false);
    req.flush({
      items: [
        articleSummary({ id: 'd', status: 'draft', feedback: 'Ajoute une photo', publishedAt: null }),
        articleSummary({ id: 'p1', read: false }),
        articleSummary({ id: 'p2', read: true }),
        articleSummary({ id: 's', status: 'submitted', read: false, publishedAt: null }),
      ],
      nextCursor: 'next',
    });
    await loading;
    expect(store.inProgress().map((a) => a.id)).toEqual(['d', 's']);
    expect(store.published().map((a) => a.id)).toEqual(['p1', 'p2']);
    expect(store.unreadCount()).toBe(1);
    expect(store.hasMore()).toBe(true);

    const more = store.loadMore();
    const next = backend.expectOne(params('/api/v1/classes/c1/blog/articles'));
    expect(next.request.params.get('cursor')).toBe('next');
    next.flush({ items: [articleSummary({ id: 'p2' }), articleSummary({ id: 'p3' })], nextCursor: null });
    expect(await more).toBe(1);
    expect(store.published().map((a) => a.id)).toEqual(['p1', 'p2', 'p3']);
    expect(store.hasMore()).toBe(false);
  });

  it('drops the answer for a class no longer shown', async () => {
    const first = store.load('c1');
    const old = backend.expectOne(params('/api/v1/classes/c1/blog/articles'));
    const second = store.load('c2');
    backend.expectOne(params('/api/v1/classes/c2/blog/articles')).flush({ items: [articleSummary({ id: 'b' })], nextCursor: null });
    old.flush({ items: [articleSummary({ id: 'a' })], nextCursor: null });
    await Promise.all([first, second]);
    expect(store.items().map((a) => a.id)).toEqual(['b']);
  });

  it('keeps the error to show it', async () => {
    const loading = store.load('c1');
    backend.expectOne(params('/api/v1/classes/c1/blog/articles')).flush({ code: 'MODULE_DISABLED' }, { status: 403, statusText: 'x' });
    await loading;
    expect(store.error()).toBeTruthy();
    expect(store.loaded()).toBe(false);
  });

  it('counts what waits for the teacher, and hides the count when it cannot be had', async () => {
    const loading = store.load('c1');
    backend.expectOne(params('/api/v1/classes/c1/blog/articles')).flush({ items: [], nextCursor: null });
    await loading;
    const waiting = store.loadWaiting();
    backend.expectOne('/api/v1/classes/c1/blog/moderation').flush({ classId: 'c1', submitted: [], pendingComments: [], counts: { submitted: 2, pendingComments: 3 } });
    await waiting;
    expect(store.waitingTotal()).toBe(5);
    const again = store.loadWaiting();
    backend.expectOne('/api/v1/classes/c1/blog/moderation').flush({ code: 'FORBIDDEN' }, { status: 403, statusText: 'x' });
    await again;
    expect(store.waiting()).toBeNull();
  });
});
