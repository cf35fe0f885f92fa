import { ApiClient, as } from '../support/client';
import { type PreauServer, startPreau } from '../support/preau-server';

jest.setTimeout(60_000);

let preau: PreauServer;
beforeAll(async () => {
  preau = await startPreau('auth', { PREAU_LOGIN_FAILURES_PER_HOUR: '5' });
});
afterAll(() => preau?.stop());

const problemOf = (answer: { status: number; body: any; headers: Headers }) => ({
  status: answer.status,
  code: answer.body?.code,
  type: answer.headers.get('content-type')?.split(';')[0],
});

describe('POST /auth/login', () => {
  it('opens a session: HttpOnly SameSite=Lax cookie, the user and a CSRF token', async () => {
    const client = new ApiClient(preau.baseUrl);
    const answer = await client.login('lea.ce2a');
    expect(answer.status).toBe(200);
    expect(answer.body.user).toEqual({ id: expect.any(String), login: 'lea.ce2a', displayName: 'Léa Martin', role: 'PUPIL' });
    expect(answer.body.csrfToken).toMatch(/^[A-Za-z0-9_-]{40,}$/);
    const cookie = answer.headers.get('set-cookie') ?? '';
    expect(cookie).toMatch(/^preau_session=[A-Za-z0-9_-]{40,};/);
    expect(cookie).toMatch(/HttpOnly/i);
    expect(cookie).toMatch(/SameSite=Lax/i);
    expect(cookie).not.toMatch(/Secure/);
  });

  it('answers a wrong password and an unknown login the same way: 401 INVALID_CREDENTIALS', async () => {
    const wrong = await new ApiClient(preau.baseUrl).login('hugo.ce2a', 'not-the-password');
    const unknown = await new ApiClient(preau.baseUrl).login('nobody.here', 'not-the-password');
    expect(problemOf(wrong)).toEqual({ status: 401, code: 'INVALID_CREDENTIALS', type: 'application/problem+json' });
    expect(unknown.body).toEqual(wrong.body);
    expect(wrong.headers.get('set-cookie')).toBeNull();
  });

  it('refuses a body without password with the fields at fault', async () => {
    const answer = await new ApiClient(preau.baseUrl).post('/auth/login', { login: 'lea.ce2a' });
    expect(problemOf(answer)).toEqual({ status: 400, code: 'VALIDATION_FAILED', type: 'application/problem+json' });
    expect(answer.body.errors).toEqual([{ field: 'password', message: expect.any(String) }]);
  });

  it('refuses malformed JSON with problem details and no stack trace', async () => {
    const answer = await new ApiClient(preau.baseUrl).request('POST', '/auth/login', undefined, { raw: '{"login": ' });
    expect(problemOf(answer)).toEqual({ status: 400, code: 'VALIDATION_FAILED', type: 'application/problem+json' });
    expect(JSON.stringify(answer.body)).not.toMatch(/at .*\.js:\d+/);
  });

  it('ends in 429 RATE_LIMITED after repeated failures on one account, even with the right password', async () => {
    const client = new ApiClient(preau.baseUrl);
    for (let i = 0; i < 5; i++) expect((await client.login('ines.ce2a', 'wrong-password')).status).toBe(401);
    const limited = await client.login('ines.ce2a');
    expect(problemOf(limited)).toEqual({ status: 429, code: 'RATE_LIMITED', type: 'application/problem+json' });
    expect(Number(limited.headers.get('retry-after'))).toBeGreaterThan(0);
    // other accounts are not affected
    expect((await new ApiClient(preau.baseUrl).login('hugo.ce2a')).status).toBe(200);
  });
});

describe('sessions', () => {
  it('GET /me without a session answers 401 UNAUTHENTICATED', async () => {
    expect(problemOf(await new ApiClient(preau.baseUrl).get('/me'))).toEqual({ status: 401, code: 'UNAUTHENTICATED', type: 'application/problem+json' });
  });

  it('GET /me tells a parent their two children in two classes, and the CSRF token', async () => {
    const parent = await as(preau.baseUrl, 'parent.hugo');
    expect(parent.me.role).toBe('PARENT');
    expect(parent.me.children.map((c) => [c.displayName, c.className])).toEqual([
      ['Hugo Bernard', 'CE2 A'],
      ['Tom Bernard', 'CM2'],
    ]);
    expect(parent.me.csrfToken).toBe(parent.csrfToken);
  });

  it('refuses a state change without the CSRF token, or with another session’s (403 CSRF_TOKEN_INVALID)', async () => {
    const teacher = await as(preau.baseUrl, 'ferry.ce2a.prof');
    const other = await as(preau.baseUrl, 'ferry.cm2.prof');
    const classId = teacher.me.classes[0].id;
    const without = await teacher.request('PATCH', `/classes/${classId}/settings`, { holdPupilMessages: false }, { csrf: null });
    const foreign = await teacher.request('PATCH', `/classes/${classId}/settings`, { holdPupilMessages: false }, { csrf: other.csrfToken });
    expect(problemOf(without)).toEqual({ status: 403, code: 'CSRF_TOKEN_INVALID', type: 'application/problem+json' });
    expect(problemOf(foreign)).toEqual({ status: 403, code: 'CSRF_TOKEN_INVALID', type: 'application/problem+json' });
    const class_ = await teacher.get(`/classes/${classId}`);
    expect(class_.body.settings.holdPupilMessages).toBe(true);
  });

  it('logout kills the session on the server: the old cookie no longer works', async () => {
    const pupil = await as(preau.baseUrl, 'tom.cm2');
    const stolen = pupil.cookie;
    expect((await pupil.post('/auth/logout')).status).toBe(204);
    const replay = new ApiClient(preau.baseUrl);
    replay.cookie = stolen;
    expect((await replay.get('/me')).status).toBe(401);
  });

  it('a password change ends the other sessions, not the current one', async () => {
    const tablet = await as(preau.baseUrl, 'nina.curie');
    const home = await as(preau.baseUrl, 'nina.curie');
    const weak = await home.post('/auth/password', { currentPassword: 'preau-demo-2026', newPassword: 'short' });
    expect(problemOf(weak)).toEqual({ status: 400, code: 'VALIDATION_FAILED', type: 'application/problem+json' });
    const wrong = await home.post('/auth/password', { currentPassword: 'not-it', newPassword: 'une-phrase-de-passe-longue' });
    expect(wrong.status).toBe(400);
    expect(wrong.body.errors).toEqual([{ field: 'currentPassword', message: expect.any(String) }]);
    expect((await home.post('/auth/password', { currentPassword: 'preau-demo-2026', newPassword: 'une-phrase-de-passe-longue' })).status).toBe(204);
    expect((await tablet.get('/me')).status).toBe(401);
    expect((await home.get('/me')).status).toBe(200);
    expect((await new ApiClient(preau.baseUrl).login('nina.curie')).status).toBe(401);
    expect((await new ApiClient(preau.baseUrl).login('nina.curie', 'une-phrase-de-passe-longue')).status).toBe(200);
  });
});

describe('blocking', () => {
  it('a director blocks a pupil of their school: sessions end at once, login answers 403 ACCOUNT_BLOCKED; unblocking restores it', async () => {
    const pupil = await as(preau.baseUrl, 'hugo.ce2a');
    const director = await as(preau.baseUrl, 'ferry.direction');
    expect((await director.post(`/admin/users/${pupil.me.id}/block`)).status).toBe(204);
    expect((await pupil.get('/me')).status).toBe(401);
    const login = await new ApiClient(preau.baseUrl).login('hugo.ce2a');
    expect(problemOf(login)).toEqual({ status: 403, code: 'ACCOUNT_BLOCKED', type: 'application/problem+json' });
    expect((await director.post(`/admin/users/${pupil.me.id}/unblock`)).status).toBe(204);
    expect((await new ApiClient(preau.baseUrl).login('hugo.ce2a')).status).toBe(200);
  });

  it.each([
    ['a teacher', 'ferry.ce2a.prof', 'lea.ce2a', 403],
    ['a pupil', 'lea.ce2a', 'hugo.ce2a', 403],
    ['a director, of another school’s parent', 'ferry.direction', 'parent.nina', 404],
  ])('refuses %s blocking an account', async (_who, actor, target, status) => {
    const targetId = (await as(preau.baseUrl, target)).me.id;
    const client = await as(preau.baseUrl, actor);
    const answer = await client.post(`/admin/users/${targetId}/block`);
    expect(answer.status).toBe(status);
    expect((await new ApiClient(preau.baseUrl).login(target)).status).toBe(200);
  });
});
