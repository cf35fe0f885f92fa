import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import type { MediaFolderView } from '@preau/contracts';
import { MediaFolderStore } from './media-folder-store';

const folder = (id: string, name: string, itemCount = 0): MediaFolderView => ({ id, name, itemCount });
const flushMicrotasks = async () => {
  for (let i = 0; i < 5; i++) await Promise.resolve();
};

describe('MediaFolderStore', () => {
  let store: MediaFolderStore;
  let backend: HttpTestingController;

  beforeEach(() => {
    TestBed.configureTestingModule({ providers: [provideHttpClient(), provideHttpClientTesting(), MediaFolderStore] });
    store = TestBed.inject(MediaFolderStore);
    backend = TestBed.inject(HttpTestingController);
  });

  afterEach(() => backend.verify());

  async function loaded(...folders: MediaFolderView[]) {
    const done = store.load();
    backend.expectOne((r) => r.method === 'GET' && r.url === '/api/v1/media/folders').flush(folders);
    await done;
  }

  it('loads my folders, sorted by name', async () => {
    await loaded(folder('b', 'Sorties', 2), folder('a', 'école', 1), folder('c', 'Arts', 0));
    expect(store.folders().map((f) => f.name)).toEqual(['Arts', 'école', 'Sorties']);
    expect(store.loaded()).toBe(true);
    expect(store.find('a')?.itemCount).toBe(1);
    expect(store.find(null)).toBeUndefined();
  });

  it('keeps the error when the folders cannot be loaded', async () => {
    const done = store.load();
    backend.expectOne('/api/v1/media/folders').flush({ code: 'INTERNAL_ERROR' }, { status: 500, statusText: 'x' });
    await done;
    expect(store.error()).toBeTruthy();
    expect(store.folders()).toEqual([]);
  });

  it('creates a folder with a trimmed name, in its place by name', async () => {
    await loaded(folder('a', 'Arts'), folder('s', 'Sorties'));
    const created = store.create('  Maths ');
    const req = backend.expectOne((r) => r.method === 'POST' && r.url === '/api/v1/media/folders');
    expect(req.request.body).toEqual({ name: 'Maths' });
    req.flush(folder('m', 'Maths'), { status: 201, statusText: 'Created' });
    await expect(created).resolves.toEqual(folder('m', 'Maths'));
    expect(store.folders().map((f) => f.id)).toEqual(['a', 'm', 's']);
  });

  it('throws the 409 when the name is taken, and changes nothing', async () => {
    await loaded(folder('a', 'Arts'));
    const created = store.create('Arts');
    const failed = expect(created).rejects.toMatchObject({ status: 409 });
    backend.expectOne('/api/v1/media/folders').flush({ code: 'CONFLICT' }, { status: 409, statusText: 'Conflict' });
    await failed;
    expect(store.folders()).toEqual([folder('a', 'Arts')]);
  });

  it('renames a folder and keeps the list sorted', async () => {
    await loaded(folder('a', 'Arts', 3), folder('s', 'Sorties'));
    const renamed = store.rename('a', 'Visites');
    const req = backend.expectOne((r) => r.method === 'PATCH' && r.url === '/api/v1/media/folders/a');
    expect(req.request.body).toEqual({ name: 'Visites' });
    req.flush(folder('a', 'Visites', 3));
    await renamed;
    expect(store.folders().map((f) => f.name)).toEqual(['Sorties', 'Visites']);
  });

  it('deletes a folder', async () => {
    await loaded(folder('a', 'Arts', 3), folder('s', 'Sorties'));
    const removed = store.remove('a');
    backend.expectOne((r) => r.method === 'DELETE' && r.url === '/api/v1/media/folders/a').flush(null, { status: 204, statusText: 'No Content' });
    await removed;
    expect(store.folders().map((f) => f.id)).toEqual(['s']);
  });

  it('keeps the counts when items move or go', async () => {
    await loaded(folder('a', 'Arts', 1), folder('s', 'Sorties', 0));
    store.moved('a', 's');
    expect(store.folders().map((f) => f.itemCount)).toEqual([0, 1]);
    store.moved(null, 'a');
    store.moved('s', 's');
    expect(store.folders().map((f) => f.itemCount)).toEqual([1, 1]);
    store.removedFrom('s');
    store.removedFrom(null);
    expect(store.folders().map((f) => f.itemCount)).toEqual([1, 0]);
    await flushMicrotasks();
  });
});
