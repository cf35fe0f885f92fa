import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, TestRequest, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import type { MediaItemView } from '@preau/contracts';
import { MediaListStore, PAGE_SIZE, SEARCH_DEBOUNCE_MS } from './media-list-store';
import { mediaItem } from './media-test-data';

const page = (items: MediaItemView[], nextCursor: string | null = null) => ({ items, nextCursor });
const items = (...ids: string[]) => ids.map((id) => mediaItem({ id, title: `Photo ${id}` }));
const flushMicrotasks = async () => {
  for (let i = 0; i < 5; i++) await Promise.resolve();
};

describe('MediaListStore', () => {
  let store: MediaListStore;
  let backend: HttpTestingController;
  const list = () => backend.expectOne((r) => r.method === 'GET' && r.url === '/api/v1/media');
  const params = (req: TestRequest) => Object.fromEntries(req.request.params.keys().map((k) => [k, req.request.params.get(k)]));

  beforeEach(() => {
    TestBed.configureTestingModule({ providers: [provideHttpClient(), provideHttpClientTesting(), MediaListStore] });
    store = TestBed.inject(MediaListStore);
    backend = TestBed.inject(HttpTestingController);
  });

  afterEach(() => {
    backend.verify();
    jest.useRealTimers();
  });

  it('loads the first page of my library, then the next ones by cursor', async () => {
    const first = store.setScope({ kind: 'mine' });
    const req = list();
    expect(params(req)).toEqual({ scope: 'mine', limit: String(PAGE_SIZE) });
    req.flush(page(items('a', 'b'), 'cursor-2'));
    await first;
    expect(store.items().map((i) => i.id)).toEqual(['a', 'b']);
    expect(store.hasMore()).toBe(true);

    const more = store.loadMore();
    const next = list();
    expect(params(next)).toEqual({ scope: 'mine', cursor: 'cursor-2', limit: String(PAGE_SIZE) });
    next.flush(page(items('c', 'b'), null));
    expect(await more).toBe(1);
    // An item seen twice (it moved between pages) shows once.
    expect(store.items().map((i) => i.id)).toEqual(['a', 'b', 'c']);
    expect(store.hasMore()).toBe(false);
    expect(await store.loadMore()).toBe(0);
  });

  it('asks for a class library with its filters', async () => {
    store.kind.set('video');
    store.query.set('  parc ');
    const done = store.setScope({ kind: 'class', classId: 'c1' });
    const req = list();
    expect(params(req)).toEqual({ scope: 'class:c1', q: 'parc', kind: 'video', limit: String(PAGE_SIZE) });
    req.flush(page([]));
    await done;
    expect(store.loaded()).toBe(true);
    expect(store.filtered()).toBe(true);
  });

  it('searches after a pause in typing, once', async () => {
    jest.useFakeTimers();
    store.search('p');
    store.search('pa');
    store.search('parc');
    jest.advanceTimersByTime(SEARCH_DEBOUNCE_MS - 1);
    backend.expectNone('/api/v1/media?scope=mine&q=parc&limit=24');
    jest.advanceTimersByTime(1);
    const req = list();
    expect(req.request.params.get('q')).toBe('parc');
    req.flush(page(items('a')));
    await flushMicrotasks();
    expect(store.items().length).toBe(1);
  });

  it('drops the answer of an older query', async () => {
    const old = store.filterKind('image');
    const oldReq = list();
    const current = store.filterKind('audio');
    const [currentReq] = backend.match((r) => r.params.get('kind') === 'audio');
    currentReq.flush(page(items('sound')));
    oldReq.flush(page(items('picture')));
    await Promise.all([old, current]);
    expect(store.items().map((i) => i.id)).toEqual(['sound']);
  });

  it('keeps what is shown when "load more" fails, and says so', async () => {
    const first = store.reload();
    list().flush(page(items('a'), 'next'));
    await first;
    const more = store.loadMore();
    list().flush({ code: 'INTERNAL_ERROR' }, { status: 500, statusText: 'x' });
    expect(await more).toBe(0);
    expect(store.items().length).toBe(1);
    expect(store.error()).toBeTruthy();
    expect(store.hasMore()).toBe(true);
  });

  it('puts a new item first only when it belongs to the listing', async () => {
    const first = store.setScope({ kind: 'class', classId: 'c1' });
    list().flush(page(items('a')));
    await first;
    store.upsert(mediaItem({ id: 'x', sharedWithClassIds: [] }));
    expect(store.items().map((i) => i.id)).toEqual(['a']);
    store.upsert(mediaItem({ id: 'y', sharedWithClassIds: ['c1'] }));
    expect(store.items().map((i) => i.id)).toEqual(['y', 'a']);
    store.upsert(mediaItem({ id: 'a', title: 'Renamed' }));
    expect(store.items()[1].title).toBe('Renamed');
    store.remove('y');
    expect(store.items().map((i) => i.id)).toEqual(['a']);
  });

  it('follows listed items still processing until they are ready', async () => {
    jest.useFakeTimers();
    const first = store.reload();
    list().flush(page([mediaItem({ id: 'p', status: 'processing' }), mediaItem({ id: 'r' })]));
    await first;
    jest.advanceTimersByTime(2000);
    backend.expectOne('/api/v1/media/p').flush(mediaItem({ id: 'p', status: 'ready' }));
    expect(store.items()[0].status).toBe('ready');
    jest.advanceTimersByTime(10_000);
    backend.expectNone('/api/v1/media/p');
    backend.expectNone('/api/v1/media/r');
  });

  it('leaves to the upload queue the items it already follows', async () => {
    jest.useFakeTimers();
    store.skipWatching = (id) => id === 'p';
    const first = store.reload();
    list().flush(page([mediaItem({ id: 'p', status: 'processing' })]));
    await first;
    jest.advanceTimersByTime(4000);
    backend.expectNone('/api/v1/media/p');
  });

  it('lists one folder, or the items in no folder, and drops items that move out of it', async () => {
    const inFolder = store.setFolder('f1');
    const req = list();
    expect(params(req)).toEqual({ scope: 'mine', folderId: 'f1', limit: String(PAGE_SIZE) });
    req.flush(page([mediaItem({ id: 'a', folderId: 'f1' })]));
    await inFolder;
    // Moved elsewhere: no longer in this folder.
    store.upsert(mediaItem({ id: 'a', folderId: 'f2' }));
    expect(store.items()).toEqual([]);
    // A new upload lands at the root: not in this folder.
    store.upsert(mediaItem({ id: 'n', folderId: null }));
    expect(store.items()).toEqual([]);
    store.upsert(mediaItem({ id: 'b', folderId: 'f1' }));
    expect(store.items().map((i) => i.id)).toEqual(['b']);

    const root = store.setFolder('root');
    const rootReq = list();
    expect(rootReq.request.params.get('folderId')).toBe('root');
    rootReq.flush(page([]));
    await root;
    store.upsert(mediaItem({ id: 'n', folderId: null }));
    expect(store.items().map((i) => i.id)).toEqual(['n']);

    const all = store.setFolder(null);
    const allReq = list();
    expect(allReq.request.params.has('folderId')).toBe(false);
    allReq.flush(page([mediaItem({ id: 'n' })]));
    await all;
    // Everything: an item that moves stays listed.
    store.upsert(mediaItem({ id: 'n', folderId: 'f1' }));
    expect(store.items()[0].folderId).toBe('f1');
  });

  it('never sends a folder for a class library', async () => {
    store.folder.set('f1');
    const done = store.setScope({ kind: 'class', classId: 'c1' });
    const req = list();
    expect(req.request.params.has('folderId')).toBe(false);
    req.flush(page([]));
    await done;
  });
});
