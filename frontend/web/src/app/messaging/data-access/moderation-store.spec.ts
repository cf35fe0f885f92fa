import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import type { MessagingModerationView } from '@preau/contracts';
import { FakeLiveEvents } from '../../shared/live/fake-live-events';
import { LiveEvents } from '../../shared/live/live-events';
import { MessagingBadges } from './messaging-badges';
import { TOM, moderated } from './messaging-test-data';
import { MessagingModerationStore } from './moderation-store';

const queue = (over: Partial<MessagingModerationView> = {}): MessagingModerationView => ({
  classId: 'cl1',
  held: [moderated({ id: 'h1' }), moderated({ id: 'h2' })],
  reported: [moderated({ id: 'r1', status: 'delivered', author: TOM, reports: [{ by: TOM, reason: null, at: '2026-03-02T10:00:00Z' }] })],
  counts: { held: 2, reported: 1 },
  ...over,
});
const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('MessagingModerationStore', () => {
  let store: MessagingModerationStore;
  let backend: HttpTestingController;
  let live: FakeLiveEvents;
  const setQueue = jest.fn();

  beforeEach(async () => {
    setQueue.mockClear();
    TestBed.configureTestingModule({
      providers: [
        provideHttpClient(),
        provideHttpClientTesting(),
        MessagingModerationStore,
        { provide: LiveEvents, useClass: FakeLiveEvents },
        { provide: MessagingBadges, useValue: { setQueue } },
      ],
    });
    store = TestBed.inject(MessagingModerationStore);
    backend = TestBed.inject(HttpTestingController);
    live = TestBed.inject(LiveEvents) as unknown as FakeLiveEvents;
    const loading = store.load('cl1');
    backend.expectOne('/api/v1/classes/cl1/messaging/held').flush(queue());
    await loading;
  });

  afterEach(() => backend.verify());

  it('loads the queue, and gives its counts to the navigation', () => {
    expect(store.held().map((m) => m.id)).toEqual(['h1', 'h2']);
    expect(store.counts()).toEqual({ held: 2, reported: 1 });
    expect(setQueue).toHaveBeenCalledWith('cl1', { held: 2, reported: 1 });
  });

  it('approves a held message: it leaves the queue and its count', async () => {
    const done = store.approve(store.held()[0]);
    expect(store.busy()).toBe('h1');
    backend.expectOne({ method: 'POST', url: '/api/v1/messaging/messages/h1/approve' }).flush(null, { status: 204, statusText: 'No Content' });
    expect(await done).toBe(true);
    expect(store.held().map((m) => m.id)).toEqual(['h2']);
    expect(store.counts()).toEqual({ held: 1, reported: 1 });
    expect(store.announcement()).toEqual({ key: 'messaging.moderation.approved', params: { name: 'Léa Martin' } });
    expect(setQueue).toHaveBeenLastCalledWith('cl1', { held: 1, reported: 1 });
  });

  it('refuses with the teacher’s note', async () => {
    const done = store.refuse(store.held()[1], 'Pas de gros mots.');
    const req = backend.expectOne({ method: 'POST', url: '/api/v1/messaging/messages/h2/refuse' });
    expect(req.request.body).toEqual({ note: 'Pas de gros mots.' });
    req.flush(null, { status: 204, statusText: 'No Content' });
    expect(await done).toBe(true);
    expect(store.counts().held).toBe(1);
  });

  it('hides a reported message', async () => {
    const done = store.hide(store.reported()[0]);
    backend.expectOne({ method: 'POST', url: '/api/v1/messaging/messages/r1/hide' }).flush(null, { status: 204, statusText: 'No Content' });
    expect(await done).toBe(true);
    expect(store.reported()).toEqual([]);
    expect(store.counts()).toEqual({ held: 2, reported: 0 });
  });

  it('keeps a message whose action failed, and says why', async () => {
    const done = store.approve(store.held()[0]);
    backend.expectOne({ method: 'POST', url: '/api/v1/messaging/messages/h1/approve' }).flush({ code: 'CONFLICT' }, { status: 409, statusText: 'x' });
    expect(await done).toBe(false);
    expect(store.held()).toHaveLength(2);
    expect(store.announcement()).toMatchObject({ key: 'errors.CONFLICT', error: true });
  });

  it('reloads when the class’s queue changes live, not for another class', async () => {
    live.emit('messaging.held', { classId: 'other', held: 4 });
    backend.expectNone('/api/v1/classes/cl1/messaging/held');
    live.emit('messaging.held', { classId: 'cl1', held: 3 });
    backend.expectOne('/api/v1/classes/cl1/messaging/held').flush(queue({ held: [...queue().held, moderated({ id: 'h3' })], counts: { held: 3, reported: 1 } }));
    await settle();
    expect(store.held().map((m) => m.id)).toEqual(['h1', 'h2', 'h3']);
  });
});
