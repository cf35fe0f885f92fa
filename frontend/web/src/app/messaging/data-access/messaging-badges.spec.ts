import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import type { MeResponse } from '@preau/contracts';
import { SessionStore } from '../../shared/session/session-store';
import { FakeLiveEvents } from '../../shared/live/fake-live-events';
import { LiveEvents } from '../../shared/live/live-events';
import { MessagingBadges, hasMessaging } from './messaging-badges';
import { fakeSession, me } from './messaging-test-data';

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));
const counts = (held: number, reported = 0) => ({ classId: 'x', held: [], reported: [], counts: { held, reported } });

describe('MessagingBadges', () => {
  let badges: MessagingBadges;
  let backend: HttpTestingController;
  let live: FakeLiveEvents;
  let session: ReturnType<typeof fakeSession>;

  function start(profile: MeResponse | null) {
    session = fakeSession(profile);
    TestBed.configureTestingModule({
      providers: [
        provideHttpClient(),
        provideHttpClientTesting(),
        { provide: LiveEvents, useClass: FakeLiveEvents },
        { provide: SessionStore, useValue: session },
      ],
    });
    badges = TestBed.inject(MessagingBadges);
    backend = TestBed.inject(HttpTestingController);
    live = TestBed.inject(LiveEvents) as unknown as FakeLiveEvents;
    TestBed.tick();
  }

  afterEach(() => backend.verify());

  it('counts a parent’s unread messages at login, then follows them live', async () => {
    start(me('PARENT'));
    backend.expectOne('/api/v1/messaging/unread').flush({ total: 3 });
    await settle();
    expect(badges.unread()).toBe(3);
    live.emit('message.received', {
      conversationId: 'c1',
      messageId: 'm1',
      authorId: 'p',
      unread: { conversation: 1, total: 4 },
    });
    expect(badges.unread()).toBe(4);
    live.emit('messaging.unread', { total: 0 });
    expect(badges.unread()).toBe(0);
  });

  it('counts what waits in each class of a teacher, and hides a class whose queue is not open', async () => {
    start(
      me('TEACHER', {
        classes: [
          { id: 'cl1', name: 'CE2 A', schoolId: 's1' },
          { id: 'cl2', name: 'CM1', schoolId: 's1' },
        ],
      }),
    );
    backend.expectOne('/api/v1/messaging/unread').flush({ total: 0 });
    backend.expectOne('/api/v1/classes/cl1/messaging/held').flush(counts(2, 1));
    backend
      .expectOne('/api/v1/classes/cl2/messaging/held')
      .flush({ code: 'MODULE_DISABLED' }, { status: 403, statusText: 'x' });
    await settle();
    expect(badges.held()).toEqual({
      cl1: { held: 2, reported: 1, available: true },
      cl2: { held: 0, reported: 0, available: false },
    });
    expect(badges.heldTotal()).toBe(2);
    live.emit('messaging.held', { classId: 'cl1', held: 5 });
    expect(badges.heldIn('cl1')).toBe(5);
  });

  it('asks again on resync', async () => {
    start(me('PUPIL'));
    backend.expectOne('/api/v1/messaging/unread').flush({ total: 1 });
    await settle();
    live.emit('resync', {});
    backend.expectOne('/api/v1/messaging/unread').flush({ total: 6 });
    await settle();
    expect(badges.unread()).toBe(6);
  });

  it('asks nothing for an academy administrator, nor when logged out, and forgets counts at logout', async () => {
    start(me('ACADEMY_ADMIN'));
    backend.expectNone('/api/v1/messaging/unread');
    session.set(me('PARENT'));
    TestBed.tick();
    backend.expectOne('/api/v1/messaging/unread').flush({ total: 2 });
    await settle();
    session.set(null);
    TestBed.tick();
    expect(badges.unread()).toBe(0);
    expect(hasMessaging(null)).toBe(false);
  });
});
