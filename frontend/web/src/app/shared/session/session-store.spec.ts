import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import type { MeResponse } from '@preau/contracts';
import { SessionStore } from './session-store';

const me: MeResponse = {
  id: 'u1',
  login: 'lea.ce2a',
  displayName: 'Léa Martin',
  role: 'PUPIL',
  schools: [{ id: 's1', name: 'École élémentaire Jules Ferry' }],
  classes: [{ id: 'c1', name: 'CE2 A', schoolId: 's1' }],
  children: [],
  csrfToken: 'from-me',
};

/** Lets the store's awaited promise chains settle between two HTTP answers. */
const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('SessionStore', () => {
  let store: SessionStore;
  let backend: HttpTestingController;

  beforeEach(() => {
    TestBed.configureTestingModule({ providers: [provideHttpClient(), provideHttpClientTesting()] });
    store = TestBed.inject(SessionStore);
    backend = TestBed.inject(HttpTestingController);
  });

  afterEach(() => backend.verify());

  it('starts unknown, then is authenticated with the profile and token of GET /me', async () => {
    expect(store.status()).toBe('unknown');
    const loaded = store.ensureLoaded();
    backend.expectOne('/api/v1/me').flush(me);
    await expect(loaded).resolves.toBe('authenticated');
    expect(store.isAuthenticated()).toBe(true);
    expect(store.me()?.displayName).toBe('Léa Martin');
    expect(store.role()).toBe('PUPIL');
    expect(store.csrfToken()).toBe('from-me');
  });

  it('asks the API only once, however many guards ask', async () => {
    const first = store.ensureLoaded();
    const second = store.ensureLoaded();
    backend.expectOne('/api/v1/me').flush(me);
    await Promise.all([first, second]);
    await expect(store.ensureLoaded()).resolves.toBe('authenticated');
    backend.expectNone('/api/v1/me');
  });

  it('is anonymous after a 401', async () => {
    const loaded = store.ensureLoaded();
    backend.expectOne('/api/v1/me').flush({ code: 'UNAUTHENTICATED' }, { status: 401, statusText: 'Unauthorized' });
    await expect(loaded).resolves.toBe('anonymous');
    expect(store.me()).toBeNull();
    expect(store.role()).toBeNull();
  });

  it('rejects when the server fails, and asks again next time', async () => {
    const loaded = store.ensureLoaded();
    backend.expectOne('/api/v1/me').flush('down', { status: 503, statusText: 'Unavailable' });
    await expect(loaded).rejects.toBeTruthy();
    expect(store.status()).toBe('unknown');
    const again = store.ensureLoaded();
    backend.expectOne('/api/v1/me').flush(me);
    await expect(again).resolves.toBe('authenticated');
  });

  it('logs in, then loads the profile', async () => {
    const done = store.login({ login: 'lea.ce2a', password: 'secret' });
    const login = backend.expectOne('/api/v1/auth/login');
    expect(login.request.method).toBe('POST');
    expect(login.request.body).toEqual({ login: 'lea.ce2a', password: 'secret' });
    login.flush({ user: { id: 'u1', login: 'lea.ce2a', displayName: 'Léa Martin', role: 'PUPIL' }, csrfToken: 'from-login' });
    await settle();
    expect(store.csrfToken()).toBe('from-login');
    backend.expectOne('/api/v1/me').flush(me);
    await expect(done).resolves.toEqual(me);
    expect(store.isAuthenticated()).toBe(true);
  });

  it('passes a refused login on, unauthenticated', async () => {
    const done = store.login({ login: 'lea.ce2a', password: 'wrong' });
    backend
      .expectOne('/api/v1/auth/login')
      .flush({ code: 'INVALID_CREDENTIALS', status: 401 }, { status: 401, statusText: 'Unauthorized' });
    await expect(done).rejects.toMatchObject({ status: 401 });
    expect(store.isAuthenticated()).toBe(false);
  });

  it('logs out on the server and forgets the session, even when the call fails', async () => {
    const loaded = store.ensureLoaded();
    backend.expectOne('/api/v1/me').flush(me);
    await loaded;

    const out = store.logout();
    backend.expectOne({ method: 'POST', url: '/api/v1/auth/logout' }).flush('down', { status: 503, statusText: 'x' });
    await expect(out).rejects.toBeTruthy();
    expect(store.status()).toBe('anonymous');
    expect(store.csrfToken()).toBeNull();
  });

  it('takes the session another door opened (activation, card), then loads the profile', async () => {
    const done = store.adopt({
      user: { id: 'u1', login: 'lea.ce2a', displayName: 'Léa Martin', role: 'PUPIL' },
      csrfToken: 'from-card',
    });
    expect(store.csrfToken()).toBe('from-card');
    backend.expectOne('/api/v1/me').flush(me);
    await expect(done).resolves.toEqual(me);
    expect(store.isAuthenticated()).toBe(true);
    expect(store.mustChangePassword()).toBe(false);
  });

  it('knows when the password must be changed, from the log-in answer, the profile or a refusal', async () => {
    const done = store.login({ login: 'paul.bernard', password: 'temporaire' });
    backend.expectOne('/api/v1/auth/login').flush({
      user: { id: 'u2', login: 'paul.bernard', displayName: 'Paul Bernard', role: 'TEACHER' },
      csrfToken: 't',
      mustChangePassword: true,
    });
    await settle();
    backend.expectOne('/api/v1/me').flush({ ...me, role: 'TEACHER' });
    await done;
    expect(store.mustChangePassword()).toBe(true);

    store.setMustChangePassword(false);
    expect(store.mustChangePassword()).toBe(false);
    store.setMustChangePassword(true);
    expect(store.mustChangePassword()).toBe(true);
  });
});
