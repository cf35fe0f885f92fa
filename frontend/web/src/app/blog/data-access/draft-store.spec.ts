import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { EnvironmentInjector, createEnvironmentInjector } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { articleView, NO_PERMISSIONS, PHOTO_ID } from './blog-test-data';
import { AUTOSAVE_DELAY_MS } from '../../shared/data/autosave';
import { DraftStore } from './draft-store';

const flushMicrotasks = async () => {
  for (let i = 0; i < 10; i++) await Promise.resolve();
};
const editable = { ...NO_PERMISSIONS, edit: true, submit: true, delete: true };
const draft = (over = {}) =>
  articleView({
    id: 'a1',
    status: 'draft',
    title: 'Au parc',
    body: '<p>Coin</p>',
    permissions: editable,
    publishedAt: null,
    ...over,
  });

describe('DraftStore', () => {
  let store: DraftStore;
  let backend: HttpTestingController;

  beforeEach(() => {
    jest.useFakeTimers();
    TestBed.configureTestingModule({ providers: [provideHttpClient(), provideHttpClientTesting(), DraftStore] });
    store = TestBed.inject(DraftStore);
    backend = TestBed.inject(HttpTestingController);
  });

  afterEach(() => {
    backend.verify();
    jest.useRealTimers();
  });

  it('creates the draft at the first pause in typing, then saves changes to it', async () => {
    store.start('c1');
    store.edit({ title: 'Au' });
    store.edit({ title: 'Au parc' });
    store.edit({ body: `<p>Coin</p><img data-media-id="${PHOTO_ID}" alt="x">` });
    expect(store.state()).toBe('unsaved');
    jest.advanceTimersByTime(AUTOSAVE_DELAY_MS - 1);
    backend.expectNone('/api/v1/classes/c1/blog/articles');
    jest.advanceTimersByTime(1);
    const create = backend.expectOne({ method: 'POST', url: '/api/v1/classes/c1/blog/articles' });
    expect(create.request.body).toEqual({
      title: 'Au parc',
      body: `<p>Coin</p><img data-media-id="${PHOTO_ID}" alt="x">`,
      mediaIds: [PHOTO_ID],
    });
    expect(store.state()).toBe('saving');
    create.flush(draft());
    await flushMicrotasks();
    expect(store.state()).toBe('saved');
    expect(store.articleId()).toBe('a1');

    store.edit({ body: '<p>Coin coin</p>' });
    jest.advanceTimersByTime(AUTOSAVE_DELAY_MS);
    const patch = backend.expectOne({ method: 'PATCH', url: '/api/v1/blog/articles/a1' });
    expect(patch.request.body).toEqual({ title: 'Au parc', body: '<p>Coin coin</p>', mediaIds: [] });
    patch.flush(draft({ body: '<p>Coin coin</p>' }));
    await flushMicrotasks();
    expect(store.state()).toBe('saved');
  });

  it('waits for a title before the first save', () => {
    store.start('c1');
    store.edit({ body: '<p>Coin</p>' });
    expect(store.state()).toBe('needs-title');
    jest.advanceTimersByTime(AUTOSAVE_DELAY_MS * 2);
    backend.expectNone('/api/v1/classes/c1/blog/articles');
  });

  it('keeps what is typed while a save runs, and saves it next', async () => {
    store.start('c1');
    store.edit({ title: 'Au parc' });
    jest.advanceTimersByTime(AUTOSAVE_DELAY_MS);
    const create = backend.expectOne('/api/v1/classes/c1/blog/articles');
    store.edit({ body: '<p>Plus</p>' });
    create.flush(draft({ body: '' }));
    await flushMicrotasks();
    expect(store.state()).toBe('unsaved');
    jest.advanceTimersByTime(AUTOSAVE_DELAY_MS);
    const patch = backend.expectOne({ method: 'PATCH', url: '/api/v1/blog/articles/a1' });
    expect(patch.request.body.body).toBe('<p>Plus</p>');
    patch.flush(draft({ body: '<p>Plus</p>' }));
    await flushMicrotasks();
    expect(store.state()).toBe('saved');
  });

  it('says when a save failed, and tries again at the next change', async () => {
    store.start('c1');
    store.edit({ title: 'Au parc' });
    jest.advanceTimersByTime(AUTOSAVE_DELAY_MS);
    backend
      .expectOne('/api/v1/classes/c1/blog/articles')
      .flush({ code: 'VALIDATION_FAILED' }, { status: 400, statusText: 'Bad' });
    await flushMicrotasks();
    expect(store.state()).toBe('error');
    expect(store.saveError()).toBe('errors.VALIDATION_FAILED');
    store.edit({ title: 'Au parc !' });
    jest.advanceTimersByTime(AUTOSAVE_DELAY_MS);
    backend.expectOne('/api/v1/classes/c1/blog/articles').flush(draft({ title: 'Au parc !', body: '' }));
    await flushMicrotasks();
    expect(store.state()).toBe('saved');
  });

  it('saves what is pending, then submits to the teacher', async () => {
    store.start('c1');
    store.edit({ title: 'Au parc', body: '<p>Coin</p>' });
    const sent = store.submit();
    await flushMicrotasks();
    backend.expectOne('/api/v1/classes/c1/blog/articles').flush(draft());
    await flushMicrotasks();
    backend
      .expectOne({ method: 'POST', url: '/api/v1/blog/articles/a1/submit' })
      .flush(draft({ status: 'submitted', permissions: NO_PERMISSIONS }));
    expect(await sent).toBe(true);
    expect(store.article()?.status).toBe('submitted');
    expect(store.editable()).toBe(false);
  });

  it('does not submit an article without a title', async () => {
    store.start('c1');
    store.edit({ body: '<p>Coin</p>' });
    expect(await store.submit()).toBe(false);
    expect(store.sendError()).toBe('blog.editor.needsTitle');
  });

  it('opens a draft sent back, with the teacher’s feedback, and publishes for a teacher', async () => {
    const opened = store.open('a1');
    backend.expectOne('/api/v1/blog/articles/a1').flush(draft({ feedback: 'Ajoute une phrase.' }));
    await opened;
    expect(store.feedback()).toBe('Ajoute une phrase.');
    expect(store.title()).toBe('Au parc');
    expect(store.state()).toBe('idle');
    // Nothing changed: nothing to save before publishing.
    const published = store.publish();
    await flushMicrotasks();
    backend
      .expectOne({ method: 'POST', url: '/api/v1/blog/articles/a1/publish' })
      .flush(draft({ status: 'published', feedback: null }));
    expect(await published).toBe(true);
    expect(store.feedback()).toBeNull();
  });

  it('changes nothing in an article its reader may not edit', async () => {
    const opened = store.open('a1');
    backend.expectOne('/api/v1/blog/articles/a1').flush(draft({ status: 'submitted', permissions: NO_PERMISSIONS }));
    await opened;
    store.edit({ title: 'Autre' });
    jest.advanceTimersByTime(AUTOSAVE_DELAY_MS * 2);
    backend.expectNone({ method: 'PATCH', url: '/api/v1/blog/articles/a1' });
  });

  it('saves what is typed when the editor is left before the pause', () => {
    // The store lives as long as the editor page that provides it.
    const page = createEnvironmentInjector([DraftStore], TestBed.inject(EnvironmentInjector));
    const pageStore = page.get(DraftStore);
    pageStore.start('c1');
    pageStore.edit({ title: 'Au parc' });
    page.destroy();
    expect(backend.expectOne('/api/v1/classes/c1/blog/articles').request.body.title).toBe('Au parc');
  });
});
