import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import type { ConversationPage } from '@preau/contracts';
import { FakeLiveEvents } from '../../shared/live/fake-live-events';
import { LiveEvents } from '../../shared/live/live-events';
import { MailboxStore } from './mailbox-store';
import { DUPONT, LEA, summary } from './messaging-test-data';

const page = (items: ConversationPage['items'], nextCursor: string | null = null): ConversationPage => ({ items, nextCursor });
const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('MailboxStore', () => {
  let store: MailboxStore;
  let backend: HttpTestingController;
  let live: FakeLiveEvents;
  const list = (folder: string, extra: (p: URLSearchParams) => boolean = () => true) =>
    backend.expectOne((r) => r.url === '/api/v1/messaging/conversations' && r.params.get('folder') === folder && extra(new URLSearchParams(r.params.toString())));

  beforeEach(() => {
    TestBed.configureTestingModule({
      providers: [provideHttpClient(), provideHttpClientTesting(), MailboxStore, { provide: LiveEvents, useClass: FakeLiveEvents }],
    });
    store = TestBed.inject(MailboxStore);
    backend = TestBed.inject(HttpTestingController);
    live = TestBed.inject(LiveEvents) as unknown as FakeLiveEvents;
  });

  afterEach(() => backend.verify());

  async function loadInbox() {
    const loading = store.load('inbox');
    list('inbox').flush(page([summary({ id: 'c1', unread: 2 }), summary({ id: 'c2' })], 'cur-1'));
    await loading;
  }

  it('loads a folder’s first page', async () => {
    await loadInbox();
    expect(store.items().map((c) => c.id)).toEqual(['c1', 'c2']);
    expect(store.hasMore()).toBe(true);
    expect(store.unreadInView()).toBe(1);
    expect(store.loaded()).toBe(true);
  });

  it('does not ask again for the same folder and search', async () => {
    await loadInbox();
    await store.load('inbox', '');
    backend.expectNone('/api/v1/messaging/conversations');
  });

  it('loads the next page with the cursor, without duplicates', async () => {
    await loadInbox();
    const more = store.loadMore();
    list('inbox', (p) => p.get('cursor') === 'cur-1').flush(page([summary({ id: 'c2' }), summary({ id: 'c3' })]));
    expect(await more).toBe(1);
    expect(store.items().map((c) => c.id)).toEqual(['c1', 'c2', 'c3']);
    expect(store.hasMore()).toBe(false);
  });

  it('searches, and drops the answer of an older search', async () => {
    await loadInbox();
    const first = store.load('inbox', 'mus');
    const second = store.load('inbox', 'musée');
    list('inbox', (p) => p.get('q') === 'musée').flush(page([summary({ id: 'c9' })]));
    list('inbox', (p) => p.get('q') === 'mus').flush(page([summary({ id: 'c8' })]));
    await Promise.all([first, second]);
    expect(store.items().map((c) => c.id)).toEqual(['c9']);
    expect(store.query()).toBe('musée');
  });

  it('keeps the error of a failed load, and loads again on reload', async () => {
    const loading = store.load('sent');
    list('sent').flush({ code: 'MODULE_DISABLED' }, { status: 403, statusText: 'x' });
    await loading;
    expect(store.error()).toBeTruthy();
    const again = store.reload();
    list('sent').flush(page([]));
    await again;
    expect(store.error()).toBeNull();
  });

  it('puts a conversation a message just reached on top, live, and says who wrote', async () => {
    await loadInbox();
    live.emit('message.received', { conversationId: 'c7', messageId: 'm9', authorId: DUPONT.id, unread: { conversation: 1, total: 3 } });
    list('inbox').flush(page([summary({ id: 'c7', unread: 1 }), summary({ id: 'c1', unread: 2 })], 'cur-2'));
    await settle();
    expect(store.items().map((c) => c.id)).toEqual(['c7', 'c1']);
    expect(store.nextCursor()).toBe('cur-2');
    expect(store.announcement()).toEqual({ key: 'messaging.live.newFrom', params: { name: 'Claire Dupont' } });
  });

  it('does not announce a message of the open conversation (the thread does), and keeps it read', async () => {
    await loadInbox();
    store.opened('c1');
    expect(store.items()[0].unread).toBe(0);
    live.emit('message.received', { conversationId: 'c1', messageId: 'm9', authorId: LEA.id, unread: { conversation: 1, total: 1 } });
    list('inbox').flush(page([summary({ id: 'c1', unread: 1 }), summary({ id: 'c2' })], 'cur-1'));
    await settle();
    expect(store.items()[0]).toMatchObject({ id: 'c1', unread: 0 });
    expect(store.announcement()).toBeNull();
  });

  it('refreshes the first page on resync, but not the drafts on a new message', async () => {
    const loading = store.load('drafts');
    list('drafts').flush(page([summary({ id: 'd1' })]));
    await loading;
    live.emit('message.received', { conversationId: 'c7', messageId: 'm9', authorId: DUPONT.id, unread: { conversation: 1, total: 3 } });
    backend.expectNone('/api/v1/messaging/conversations');
    live.emit('resync', {});
    list('drafts').flush(page([]));
    await settle();
    expect(store.items()).toEqual([]);
  });

  it('keeps the lines of the pages loaded with "load more" below a live refresh, and their cursor', async () => {
    const at = (h: number) => `2026-03-02T${String(h).padStart(2, '0')}:00:00Z`;
    const line = (id: string, h: number) => summary({ id, lastMessage: { id: `m-${id}`, authorId: DUPONT.id, excerpt: 'x', sentAt: at(h), status: 'delivered' } });
    const loading = store.load('inbox');
    list('inbox').flush(page([line('c1', 9), line('c2', 8)], 'cur-1'));
    await loading;
    const more = store.loadMore();
    list('inbox', (p) => p.get('cursor') === 'cur-1').flush(page([line('c3', 7), line('c4', 6)], 'cur-2'));
    await more;

    live.emit('resync', {});
    // c3 got a new message: it moves up; c2 left the first page (older lines stay below).
    list('inbox').flush(page([line('c3', 10), line('c1', 9)], 'cur-x'));
    await settle();
    expect(store.items().map((c) => c.id)).toEqual(['c3', 'c1', 'c2', 'c4']);
    expect(store.nextCursor()).toBe('cur-2');
  });

  it('drops a line (a draft sent or deleted)', async () => {
    await loadInbox();
    store.drop('c1');
    expect(store.items().map((c) => c.id)).toEqual(['c2']);
  });
});
