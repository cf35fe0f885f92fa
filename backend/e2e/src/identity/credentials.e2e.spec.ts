import { DEMO_PASSWORD, type PasswordResetResult } from '@preau/contracts';
import { createHmac } from 'node:crypto';
import { ApiClient, as } from '../support/client';
import { type PreauServer, startPreau } from '../support/preau-server';

jest.setTimeout(90_000);

/** The server's signing secret, given here so that the test can derive an activation code as a letter prints it. */
const SECRET = 'e2e-signing-secret-of-at-least-32-characters';

/**
 * An adult's activation code as identity derives it (decision 0010): HMAC-SHA256 under the label's key, 128 bits in
 * base 31. Written again here on purpose: it pins the derivation, since letters already printed must keep working.
 */
function activationCode(accountId: string, version: number): string {
  const key = createHmac('sha256', SECRET).update('preau/identity/activation-code/v1').digest();
  const mac = createHmac('sha256', key).update(`${accountId}|${version}`).digest();
  const alphabet = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789';
  let n = BigInt(`0x${mac.subarray(0, 16).toString('hex')}`);
  let code = '';
  for (let i = 0; i < 12; i++) {
    code += alphabet[Number(n % 31n)];
    n /= 31n;
  }
  return code;
}
function activationLookup(code: string): string {
  const key = createHmac('sha256', SECRET).update('preau/identity/activation-lookup/v1').digest();
  return createHmac('sha256', key).update(code).digest('hex').slice(0, 32);
}
function cardSecret(accountId: string, version: number): string {
  const key = createHmac('sha256', SECRET).update('preau/identity/card-secret/v1').digest();
  return createHmac('sha256', key).update(`${accountId}|${version}`).digest().subarray(0, 24).toString('base64url');
}

let preau: PreauServer;
beforeAll(async () => {
  preau = await startPreau('credentials', { PREAU_SIGNING_SECRET: SECRET, PREAU_LOGIN_FAILURES_PER_HOUR: '5' });
});
afterAll(() => preau?.stop());

const problemOf = (answer: { status: number; body: any }) => ({ status: answer.status, code: answer.body?.code });
const idOf = async (login: string) => (await preau.sql<{ id: string }>('select id from identity.account where login = $1', [login]))[0]?.id as string;
const reset = (client: ApiClient, id: string) => client.post<PasswordResetResult>(`/admin/users/${id}/password-reset`);
const cardLogin = (token: string) => new ApiClient(preau.baseUrl).post('/auth/card', { token });

describe('POST /admin/users/:id/password-reset', () => {
  it("lets a teacher reset a pupil of their class: a new first password and card, the old password refused, her sessions ended", async () => {
    const lea = await as(preau.baseUrl, 'lea.ce2a');
    const teacher = await as(preau.baseUrl, 'ferry.ce2a.prof');
    const answer = await reset(teacher, lea.me.id);
    expect(answer.status).toBe(200);
    expect(answer.headers.get('cache-control')).toBe('no-store');
    expect(answer.body).toEqual({
      id: lea.me.id,
      login: 'lea.ce2a',
      temporaryPassword: expect.stringMatching(/^[a-z]+-[a-z]+-\d\d$/),
      mustChangePassword: false,
      cardToken: expect.stringMatching(new RegExp(`^PC1\\.${lea.me.id}\\.[A-Za-z0-9_-]{32}$`)),
    });
    // her tablet's session is over
    expect(problemOf(await lea.get('/me'))).toEqual({ status: 401, code: 'UNAUTHENTICATED' });
    expect(problemOf(await new ApiClient(preau.baseUrl).login('lea.ce2a', DEMO_PASSWORD))).toEqual({ status: 401, code: 'INVALID_CREDENTIALS' });
    const again = new ApiClient(preau.baseUrl);
    const login = await again.login('lea.ce2a', answer.body.temporaryPassword);
    expect(login.status).toBe(200);
    expect(login.body.mustChangePassword).toBe(false);
    expect((await again.get('/me')).body).toMatchObject({ login: 'lea.ce2a', mustChangePassword: false });
    // the reset is published (identity audits all its events), with who did it
    const events = await preau.sql<{ payload: unknown; actor_id: string }>(`select payload, actor_id from platform.outbox_message where type = 'identity.password-reset'`);
    expect(events).toContainEqual({ payload: { accountId: lea.me.id, actorId: teacher.me.id }, actor_id: teacher.me.id });
  });

  it("refuses a teacher a pupil of another class (403), and a parent their own child's account (403)", async () => {
    const teacher = await as(preau.baseUrl, 'ferry.ce2a.prof');
    const parent = await as(preau.baseUrl, 'parent.lea');
    expect(problemOf(await reset(teacher, await idOf('tom.cm2')))).toEqual({ status: 403, code: 'FORBIDDEN' });
    expect(problemOf(await reset(parent, await idOf('lea.ce2a')))).toEqual({ status: 403, code: 'FORBIDDEN' });
    // tom's password still works
    expect((await new ApiClient(preau.baseUrl).login('tom.cm2')).status).toBe(200);
  });

  it('answers 404 for an account nobody has, and 400 for an id that is not one', async () => {
    const director = await as(preau.baseUrl, 'ferry.direction');
    expect(problemOf(await reset(director, '7d1e0000-0000-4000-8000-000000000000')).status).toBe(404);
    expect(problemOf(await reset(director, 'not-an-id')).status).toBe(400);
  });

  it('makes an adult choose a new password before anything else after a director resets it', async () => {
    const before = await as(preau.baseUrl, 'parent.lea');
    const director = await as(preau.baseUrl, 'ferry.direction');
    const answer = await reset(director, before.me.id);
    expect(answer.status).toBe(200);
    expect(answer.body).toMatchObject({ login: 'parent.lea', mustChangePassword: true, cardToken: null, temporaryPassword: expect.stringMatching(/^[a-z2-9]{4}-[a-z2-9]{4}-[a-z2-9]{4}$/) });
    expect((await before.get('/me')).status).toBe(401);

    const parent = new ApiClient(preau.baseUrl);
    const login = await parent.login('parent.lea', answer.body.temporaryPassword);
    expect(login.status).toBe(200);
    expect(login.body.mustChangePassword).toBe(true);
    expect((await parent.get('/me')).body).toMatchObject({ login: 'parent.lea', mustChangePassword: true });
    expect(problemOf(await parent.get('/messaging/conversations'))).toEqual({ status: 403, code: 'PASSWORD_CHANGE_REQUIRED' });
    expect(problemOf(await parent.post('/messaging/conversations', {}))).toEqual({ status: 403, code: 'PASSWORD_CHANGE_REQUIRED' });

    expect((await parent.post('/auth/password', { currentPassword: answer.body.temporaryPassword, newPassword: 'cheval-batterie-agrafe' })).status).toBe(204);
    expect((await parent.get('/me')).body.mustChangePassword).toBe(false);
    expect((await parent.get('/messaging/conversations')).status).toBe(200);
    expect((await new ApiClient(preau.baseUrl).login('parent.lea', answer.body.temporaryPassword)).status).toBe(401);
    const fresh = await new ApiClient(preau.baseUrl).login('parent.lea', 'cheval-batterie-agrafe');
    expect(fresh.status).toBe(200);
    expect(fresh.body.mustChangePassword).toBe(false);
  });
});

describe('POST /auth/card', () => {
  it("logs a pupil in with the card of her last reset, refuses the card it replaced", async () => {
    const teacher = await as(preau.baseUrl, 'ferry.ce2a.prof');
    const hugoId = await idOf('hugo.ce2a');
    const older = (await reset(teacher, hugoId)).body.cardToken as string;
    const newer = (await reset(teacher, hugoId)).body.cardToken as string;
    expect(newer).not.toBe(older);

    const tablet = new ApiClient(preau.baseUrl);
    const answer = await tablet.post('/auth/card', { token: newer });
    expect(answer.status).toBe(200);
    expect(answer.body).toMatchObject({ user: { id: hugoId, login: 'hugo.ce2a', role: 'PUPIL' }, csrfToken: expect.any(String), mustChangePassword: false });
    expect(answer.headers.get('set-cookie')).toMatch(/^preau_session=/);
    expect((await tablet.get('/me')).body.login).toBe('hugo.ce2a');

    expect(problemOf(await cardLogin(older))).toEqual({ status: 401, code: 'CARD_INVALID' });
  });

  it("refuses a card naming a parent, even with the secret a card of theirs would hold", async () => {
    const parentId = await idOf('parent.hugo');
    expect(problemOf(await cardLogin(`PC1.${parentId}.${cardSecret(parentId, 1)}`))).toEqual({ status: 401, code: 'CARD_INVALID' });
    expect(problemOf(await cardLogin(`PC1.${parentId}.${'A'.repeat(32)}`))).toEqual({ status: 401, code: 'CARD_INVALID' });
    expect(problemOf(await cardLogin('not a card'))).toEqual({ status: 401, code: 'CARD_INVALID' });
  });

  it('ends in 429 after repeated failures on one pupil, even with the right card; audited', async () => {
    const teacher = await as(preau.baseUrl, 'ferry.ce2a.prof');
    const inesId = await idOf('ines.ce2a');
    const card = (await reset(teacher, inesId)).body.cardToken as string;
    for (let i = 0; i < 5; i++) expect((await cardLogin(`PC1.${inesId}.${'B'.repeat(32)}`)).status).toBe(401);
    expect(problemOf(await cardLogin(card))).toEqual({ status: 429, code: 'RATE_LIMITED' });
    const failures = await preau.sql<{ payload: unknown }>(`select payload from platform.outbox_message where type = 'identity.card-login-failed'`);
    expect(failures).toContainEqual({ payload: { accountId: inesId, reason: 'revoked' } });
  });
});

describe('POST /auth/activate', () => {
  /** parent.nina as OpenAccountsCommand leaves an adult: no password, code version 1 pending. */
  const makePending = async (login: string, expiresAt: Date) => {
    const id = await idOf(login);
    const code = activationCode(id, 1);
    await preau.sql(
      `update identity.account set password_hash = null, activation_version = 1, activation_lookup = $2, activation_expires_at = $3, activated_at = null where id = $1`,
      [id, activationLookup(code), expiresAt],
    );
    return { id, code: code.match(/.{4}/g)?.join('-') as string };
  };

  it('opens a pending account with the letter’s code: password chosen, e-mail kept, logged in; the code then used up', async () => {
    const { id, code } = await makePending('parent.nina', new Date(Date.now() + 86_400_000));
    // no password at all while the activation waits
    expect(problemOf(await new ApiClient(preau.baseUrl).login('parent.nina', DEMO_PASSWORD))).toEqual({ status: 401, code: 'INVALID_CREDENTIALS' });
    expect(problemOf(await new ApiClient(preau.baseUrl).login('parent.nina', ''))).toEqual({ status: 400, code: 'VALIDATION_FAILED' });

    const phone = new ApiClient(preau.baseUrl);
    const answer = await phone.post('/auth/activate', { code: code.toLowerCase().replace(/-/g, ' '), password: 'ma-phrase-de-passe', email: 'parent.nina@example.org' });
    expect(answer.status).toBe(200);
    expect(answer.body).toMatchObject({ user: { id, login: 'parent.nina', role: 'PARENT' }, mustChangePassword: false });
    phone.csrfToken = answer.body.csrfToken;
    expect((await phone.get('/me')).body.login).toBe('parent.nina');
    expect(await preau.sql('select email, activation_lookup, activated_at is not null as activated from identity.account where id = $1', [id])).toEqual([
      { email: 'parent.nina@example.org', activation_lookup: null, activated: true },
    ]);
    expect((await new ApiClient(preau.baseUrl).login('parent.nina', 'ma-phrase-de-passe')).status).toBe(200);
    expect(problemOf(await new ApiClient(preau.baseUrl).post('/auth/activate', { code, password: 'une-autre-phrase' }))).toEqual({ status: 400, code: 'ACTIVATION_CODE_INVALID' });
  });

  it('answers 410 ACTIVATION_CODE_EXPIRED for an expired code, 400 ACTIVATION_CODE_INVALID for a wrong one, without naming anyone', async () => {
    const { code } = await makePending('curie.ce2.prof', new Date(Date.now() - 1000));
    const expired = await new ApiClient(preau.baseUrl).post('/auth/activate', { code, password: 'ma-phrase-de-passe' });
    expect(problemOf(expired)).toEqual({ status: 410, code: 'ACTIVATION_CODE_EXPIRED' });
    const wrong = await new ApiClient(preau.baseUrl).post('/auth/activate', { code: 'ABCD-EFGH-JKMN', password: 'ma-phrase-de-passe' });
    expect(problemOf(wrong)).toEqual({ status: 400, code: 'ACTIVATION_CODE_INVALID' });
    expect(JSON.stringify([expired.body, wrong.body])).not.toMatch(/curie/);
  });

  it('refuses a body with unknown fields or a short password (400 VALIDATION_FAILED)', async () => {
    expect(problemOf(await new ApiClient(preau.baseUrl).post('/auth/activate', { code: 'ABCD-EFGH-JKMN', password: 'short' }))).toEqual({ status: 400, code: 'VALIDATION_FAILED' });
    expect(problemOf(await new ApiClient(preau.baseUrl).post('/auth/activate', { code: 'ABCD-EFGH-JKMN', password: 'ma-phrase-de-passe', role: 'ACADEMY_ADMIN' }))).toEqual({ status: 400, code: 'VALIDATION_FAILED' });
  });
});
