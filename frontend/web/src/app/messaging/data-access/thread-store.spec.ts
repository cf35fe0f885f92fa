import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { SessionStore } from '../../shared/session/session-store';
import { FakeLiveEvents } from '../../shared/live/fake-live-events';
import { LiveEvents } from '../../shared/live/live-events';
import { mediaItem } from '../../media/testing';
import { MessagingBadges } from './messaging-badges';
import { BERNARD, DUPONT, LEA, fakeSession, me, thread, threadMessage } from './messaging-test-data';
import { ThreadStore } from './thread-store';

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('ThreadStore', () => {
  let store: ThreadStore;
  let backend: HttpTestingController;
  let live: FakeLiveEvents;
  const refreshUnread = jest.fn().mockResolvedValue(undefined);

  beforeEach(() => {
    refreshUnread.mockClear();
    TestBed.configureTestingModule({
      providers: [
        provideHttpClient(),
        provideHttpClientTesting(),
        ThreadStore,
        { provide: LiveEvents, useClass: FakeLiveEvents },
        { provide: SessionStore, useValue: fakeSession(me('TEACHER')) },
        { provide: MessagingBadges, useValue: { refreshUnread } },
      ],
    });
    store = TestBed.inject(ThreadStore);
    backend = TestBed.inject(HttpTestingController);
    live = TestBed.inject(LiveEvents) as unknown as FakeLiveEvents;
  });

  afterEach(() => backend.verify());

  const messages = () => store.thread()?.messages ?? [];

  async function open(view = thread()) {
    const opening = store.open(view.id);
    backend.expectOne({ method: 'GET', url: `/api/v1/messaging/conversations/${view.id}` }).flush(view);
    await opening;
  }

  it('opens a conversation, which reads it: the badge is asked again', async () => {
    await open();
    expect(store.thread()?.subject).toBe('Sortie au musée');
    expect(store.others()).toEqual([LEA]);
    expect(refreshUnread).toHaveBeenCalled();
  });

  it('keeps the error of a conversation that cannot be opened', async () => {
    const opening = store.open('nope');
    backend
      .expectOne('/api/v1/messaging/conversations/nope')
      .flush({ code: 'NOT_FOUND' }, { status: 404, statusText: 'x' });
    await opening;
    expect(store.error()).toBeTruthy();
    expect(store.thread()).toBeNull();
  });

  it('replies with the text and attachments, then shows the conversation with the reply', async () => {
    await open();
    const sending = store.reply('  Merci !  ', [mediaItem({ id: 'img1' })]);
    const req = backend.expectOne({ method: 'POST', url: '/api/v1/messaging/conversations/c1/messages' });
    expect(req.request.body).toEqual({ body: 'Merci !', attachmentIds: ['img1'] });
    req.flush({ id: 'c1', messageId: 'm2', status: 'delivered' });
    await settle();
    backend
      .expectOne('/api/v1/messaging/conversations/c1')
      .flush(thread({ messages: [threadMessage(), threadMessage({ id: 'm2', author: DUPONT, body: 'Merci !' })] }));
    expect(await sending).toEqual({ id: 'c1', messageId: 'm2', status: 'delivered' });
    expect(store.thread()?.messages).toHaveLength(2);
    expect(store.announcement()).toEqual({ key: 'messaging.send.delivered' });
  });

  it('says a pupil’s reply waits for the teacher', async () => {
    await open();
    const sending = store.reply('Coucou');
    backend
      .expectOne({ method: 'POST', url: '/api/v1/messaging/conversations/c1/messages' })
      .flush({ id: 'c1', messageId: 'm2', status: 'held' });
    await settle();
    backend.expectOne('/api/v1/messaging/conversations/c1').flush(thread());
    await sending;
    expect(store.announcement()).toEqual({ key: 'messaging.send.held' });
  });

  it('lets the sender of a broadcast answer one person only', async () => {
    await open(thread({ kind: 'broadcast', createdBy: DUPONT.id, participants: [DUPONT, LEA, BERNARD] }));
    expect(store.isBroadcastSender()).toBe(true);
    const sending = store.reply('Pour toi', [], { kind: 'one', personId: BERNARD.id });
    const req = backend.expectOne({ method: 'POST', url: '/api/v1/messaging/conversations/c1/messages' });
    expect(req.request.body).toEqual({ body: 'Pour toi', to: [BERNARD.id] });
    req.flush({ id: 'c1', messageId: 'm2', status: 'delivered' });
    await settle();
    backend.expectOne('/api/v1/messaging/conversations/c1').flush(thread({ kind: 'broadcast' }));
    expect(await sending).toMatchObject({ messageId: 'm2' });
    expect(store.sending()).toBe(false);
  });

  it('never sends `to` for someone who is not the broadcast’s sender', async () => {
    await open(thread({ kind: 'broadcast', createdBy: 'someone-else' }));
    void store.reply('Oui', [], { kind: 'one', personId: LEA.id });
    expect(
      backend.expectOne({ method: 'POST', url: '/api/v1/messaging/conversations/c1/messages' }).request.body,
    ).toEqual({ body: 'Oui' });
  });

  it('says why a reply was refused, and sends nothing empty', async () => {
    await open();
    expect(await store.reply('   ')).toBeNull();
    const sending = store.reply('Encore');
    backend
      .expectOne({ method: 'POST', url: '/api/v1/messaging/conversations/c1/messages' })
      .flush({ code: 'RATE_LIMITED' }, { status: 429, statusText: 'x', headers: { 'Retry-After': '120' } });
    expect(await sending).toBeNull();
    expect(store.sendFailure()).toMatchObject({ key: 'messaging.errors.rateLimited', params: { minutes: 2 } });
  });

  it('reports a message, with a reason: it shows as reported and cannot be reported again', async () => {
    await open(thread({ messages: [threadMessage({ permissions: { report: true, hide: false } })] }));
    const reporting = store.report(messages()[0], 'Pas gentil');
    expect(store.busy()).toBe('m1');
    const req = backend.expectOne({ method: 'POST', url: '/api/v1/messaging/messages/m1/report' });
    expect(req.request.body).toEqual({ reason: 'Pas gentil' });
    req.flush(null, { status: 204, statusText: 'No Content' });
    expect(await reporting).toBe(true);
    expect(messages()[0]).toMatchObject({ reportedByMe: true, permissions: { report: false } });
    expect(store.announcement()).toEqual({ key: 'messaging.thread.reported' });
    expect(store.busy()).toBeNull();
  });

  it('keeps a message as it was when the action failed, and says why', async () => {
    await open(thread({ messages: [threadMessage({ permissions: { report: false, hide: true } })] }));
    const hiding = store.hide(messages()[0]);
    backend
      .expectOne({ method: 'POST', url: '/api/v1/messaging/messages/m1/hide' })
      .flush({ code: 'FORBIDDEN' }, { status: 403, statusText: 'x' });
    expect(await hiding).toBe(false);
    expect(messages()[0].status).toBe('delivered');
    expect(store.announcement()).toMatchObject({ key: 'errors.FORBIDDEN', error: true });
  });

  it('hides a message (a teacher): everyone sees the marker instead of its text', async () => {
    await open(thread({ messages: [threadMessage({ permissions: { report: false, hide: true } })] }));
    const hiding = store.hide(messages()[0]);
    backend
      .expectOne({ method: 'POST', url: '/api/v1/messaging/messages/m1/hide' })
      .flush(null, { status: 204, statusText: 'No Content' });
    expect(await hiding).toBe(true);
    expect(messages()[0]).toMatchObject({ status: 'hidden', body: null, permissions: { hide: false } });
    expect(store.announcement()).toEqual({ key: 'messaging.thread.hiddenDone' });
  });

  it('appends a message that arrives live in the open conversation, and says who wrote', async () => {
    await open();
    live.emit('message.received', {
      conversationId: 'c1',
      messageId: 'm3',
      authorId: LEA.id,
      unread: { conversation: 1, total: 1 },
    });
    backend
      .expectOne('/api/v1/messaging/conversations/c1')
      .flush(thread({ messages: [threadMessage(), threadMessage({ id: 'm3', author: LEA, body: 'Oui !' })] }));
    await settle();
    expect(messages().map((m) => m.id)).toEqual(['m1', 'm3']);
    expect(store.announcement()).toEqual({ key: 'messaging.live.newFrom', params: { name: 'Léa Martin' } });
  });

  it('ignores live messages of other conversations', async () => {
    await open();
    live.emit('message.received', {
      conversationId: 'c2',
      messageId: 'm3',
      authorId: LEA.id,
      unread: { conversation: 1, total: 1 },
    });
    backend.expectNone('/api/v1/messaging/conversations/c1');
  });
});
