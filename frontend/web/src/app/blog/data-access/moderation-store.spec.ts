import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import type { ModerationQueueView } from '@preau/contracts';
import { articleSummary, articleView, comment } from './blog-test-data';
import { ModerationStore } from './moderation-store';

const queue = (): ModerationQueueView => ({
  classId: 'c1',
  submitted: [articleSummary({ id: 'a1', status: 'submitted', title: 'Au parc' }), articleSummary({ id: 'a2', status: 'submitted' })],
  pendingComments: [{ ...comment({ id: 'k1', status: 'pending' }), articleTitle: 'Au parc' }],
  counts: { submitted: 2, pendingComments: 1 },
});

describe('ModerationStore', () => {
  let store: ModerationStore;
  let backend: HttpTestingController;

  beforeEach(async () => {
    TestBed.configureTestingModule({ providers: [provideHttpClient(), provideHttpClientTesting(), ModerationStore] });
    store = TestBed.inject(ModerationStore);
    backend = TestBed.inject(HttpTestingController);
    const loading = store.load('c1');
    backend.expectOne('/api/v1/classes/c1/blog/moderation').flush(queue());
    await loading;
  });

  afterEach(() => backend.verify());

  it('publishes a submitted article, which leaves the queue and its count', async () => {
    const done = store.publish('a1');
    expect(store.busy()).toBe('a1');
    backend.expectOne({ method: 'POST', url: '/api/v1/blog/articles/a1/publish' }).flush(articleView({ id: 'a1' }));
    expect(await done).toBe(true);
    expect(store.submitted().map((a) => a.id)).toEqual(['a2']);
    expect(store.counts()).toEqual({ submitted: 1, pendingComments: 1 });
    expect(store.message()).toEqual({ key: 'blog.moderation.published', error: false, params: { title: 'Au parc' } });
  });

  it('sends an article back with the teacher’s feedback', async () => {
    const done = store.sendBack('a1', 'Ajoute une photo.');
    const req = backend.expectOne({ method: 'POST', url: '/api/v1/blog/articles/a1/reject' });
    expect(req.request.body).toEqual({ feedback: 'Ajoute une photo.' });
    req.flush(articleView({ id: 'a1', status: 'draft', feedback: 'Ajoute une photo.' }));
    expect(await done).toBe(true);
    expect(store.counts().submitted).toBe(1);
  });

  it('approves and hides held comments', async () => {
    const approved = store.approve('k1');
    backend.expectOne({ method: 'POST', url: '/api/v1/blog/comments/k1/approve' }).flush(comment({ id: 'k1' }));
    expect(await approved).toBe(true);
    expect(store.comments()).toEqual([]);
    expect(store.counts().pendingComments).toBe(0);
  });

  it('keeps an item whose action failed, and says why', async () => {
    const hidden = store.hide('k1');
    backend.expectOne({ method: 'POST', url: '/api/v1/blog/comments/k1/hide' }).flush({ code: 'FORBIDDEN' }, { status: 403, statusText: 'x' });
    expect(await hidden).toBe(false);
    expect(store.comments().length).toBe(1);
    expect(store.message()).toEqual({ key: 'errors.FORBIDDEN', error: true });
  });
});
