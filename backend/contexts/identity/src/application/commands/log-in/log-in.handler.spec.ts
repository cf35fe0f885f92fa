import { FixedClock } from '@preau/kernel';
import { recordingOutbox } from '@preau/platform/testing';
import { IDS, account, openedPupil, pendingAdult } from '../../../testing/accounts';
import { FakeLoginThrottle } from '../../../testing/fake-login-throttle';
import { FakePasswordHasher } from '../../../testing/fake-password-hasher';
import { InMemoryAccountRepository } from '../../../testing/in-memory-account.repository';
import { InMemorySessionRepository } from '../../../testing/in-memory-session.repository';
import { testCredentialDeriver } from '../../../testing/test-credential-deriver';
import { hashToken } from '../../tokens';
import { LogInCommand } from './log-in.command';
import { LogInHandler } from './log-in.handler';

describe('LogInHandler', () => {
  const clock = new FixedClock(new Date('2026-12-07T08:00:00Z'));
  const setup = () => {
    const accounts = new InMemoryAccountRepository([account('anne.lefevre', 'TEACHER', 'right-password')]);
    const sessions = new InMemorySessionRepository(accounts);
    const hasher = new FakePasswordHasher();
    const throttle = new FakeLoginThrottle(3);
    const { outbox, published } = recordingOutbox(clock);
    return {
      accounts,
      sessions,
      hasher,
      throttle,
      published,
      handler: new LogInHandler(accounts, sessions, hasher, throttle, clock, outbox, testCredentialDeriver()),
    };
  };
  const logIn = (login: string, password: string) => new LogInCommand(login, password, '203.0.113.7', 'Firefox');

  it('opens a session for the right password, whatever the case of the login, and records the log-in', async () => {
    const { sessions, published, handler } = setup();
    const result = await handler.execute(logIn(' Anne.Lefevre ', 'right-password'));
    if (!result.ok) throw new Error('expected a log-in');
    expect(result.account).toEqual({
      id: 'anne.lefevre',
      login: 'anne.lefevre',
      displayName: 'Name of anne.lefevre',
      role: 'TEACHER',
    });
    // Only the token's hash is kept on the server.
    expect(sessions.items.get(hashToken(result.token))).toMatchObject({
      accountId: 'anne.lefevre',
      csrfToken: result.csrfToken,
      createdAt: clock.now(),
      lastSeenAt: clock.now(),
      origin: '203.0.113.7',
      userAgent: 'Firefox',
    });
    expect(published.map((m) => [m.type, m.payload, m.actorId, m.origin])).toEqual([
      ['identity.logged-in', { accountId: 'anne.lefevre' }, 'anne.lefevre', '203.0.113.7'],
    ]);
  });

  it('refuses a wrong password with INVALID_CREDENTIALS, counts the failure and records it', async () => {
    const { sessions, throttle, published, handler } = setup();
    expect(await handler.execute(logIn('anne.lefevre', 'wrong'))).toEqual({ ok: false, code: 'INVALID_CREDENTIALS' });
    expect(sessions.items.size).toBe(0);
    expect(throttle.failures.get('anne.lefevre')).toBe(1);
    expect(published.map((m) => [m.type, m.payload, m.actorId])).toEqual([
      ['identity.login-failed', { login: 'anne.lefevre', accountId: 'anne.lefevre' }, null],
    ]);
  });

  it('answers an unknown login exactly as a wrong password, after the same hashing work', async () => {
    const { hasher, published, handler } = setup();
    expect(await handler.execute(logIn('nobody', 'right-password'))).toEqual({
      ok: false,
      code: 'INVALID_CREDENTIALS',
    });
    expect(hasher.verifications).toBe(1);
    expect(published.map((m) => m.payload)).toEqual([{ login: 'nobody', accountId: null }]);
  });

  it('refuses a blocked account with ACCOUNT_BLOCKED, even with the right password', async () => {
    const { accounts, sessions, published, handler } = setup();
    accounts.items.get('anne.lefevre')?.block();
    expect(await handler.execute(logIn('anne.lefevre', 'right-password'))).toEqual({
      ok: false,
      code: 'ACCOUNT_BLOCKED',
    });
    expect(sessions.items.size).toBe(0);
    expect(published.map((m) => [m.type, m.payload, m.actorId])).toEqual([
      [
        'identity.login-failed',
        { login: 'anne.lefevre', accountId: 'anne.lefevre', reason: 'blocked' },
        'anne.lefevre',
      ],
    ]);
  });

  it('refuses with RATE_LIMITED once the login used up its failures, even the right password', async () => {
    const { sessions, handler } = setup();
    for (let i = 0; i < 3; i++) await handler.execute(logIn('anne.lefevre', 'wrong'));
    await expect(handler.execute(logIn('anne.lefevre', 'right-password'))).rejects.toMatchObject({
      code: 'RATE_LIMITED',
    });
    expect(sessions.items.size).toBe(0);
  });

  it('forgets the failures once the right password is given', async () => {
    const { throttle, handler } = setup();
    await handler.execute(logIn('anne.lefevre', 'wrong'));
    await handler.execute(logIn('anne.lefevre', 'right-password'));
    expect(throttle.failures.has('anne.lefevre')).toBe(false);
  });

  describe('derived and temporary credentials (decision 0010)', () => {
    const deriver = testCredentialDeriver();
    const withPupilAndParent = () => {
      const context = setup();
      context.accounts.add(openedPupil(IDS.lea, 'lea.martin'));
      context.accounts.add(pendingAdult(IDS.parentLea, 'karim.martin', () => 'lookup', new Date('2027-01-01T00:00:00Z')));
      return context;
    };

    it('lets a pupil in with her first password, typed in any case, after the same hashing work', async () => {
      const { hasher, handler } = withPupilAndParent();
      const result = await handler.execute(logIn('lea.martin', ` ${deriver.firstPassword(IDS.lea, 1).toUpperCase()} `));
      expect(result).toMatchObject({ ok: true, account: { id: IDS.lea }, mustChangePassword: false });
      expect(hasher.verifications).toBe(1);
    });

    it('refuses the first password of another version, or once the pupil chose her own', async () => {
      const { accounts, handler } = withPupilAndParent();
      expect(await handler.execute(logIn('lea.martin', deriver.firstPassword(IDS.lea, 2)))).toEqual({ ok: false, code: 'INVALID_CREDENTIALS' });
      accounts.items.get(IDS.lea)?.changePassword('hashed:lea-own-password', clock.now());
      expect(await handler.execute(logIn('lea.martin', deriver.firstPassword(IDS.lea, 1)))).toEqual({ ok: false, code: 'INVALID_CREDENTIALS' });
      expect((await handler.execute(logIn('lea.martin', 'lea-own-password'))).ok).toBe(true);
    });

    it('refuses any password for an adult waiting for activation, as it refuses a wrong one', async () => {
      const { hasher, handler } = withPupilAndParent();
      for (const password of ['', 'anything', DUMMY_LIKE]) {
        expect(await handler.execute(logIn('karim.martin', password))).toEqual({ ok: false, code: 'INVALID_CREDENTIALS' });
      }
      expect(hasher.verifications).toBe(3);
    });

    it('tells an adult after a reset that the password must change', async () => {
      const { accounts, handler } = setup();
      accounts.items.get('anne.lefevre')?.resetAdult('hashed:temp-1234-abcd', clock.now());
      expect(await handler.execute(logIn('anne.lefevre', 'temp-1234-abcd'))).toMatchObject({ ok: true, mustChangePassword: true });
    });
  });
});

/** What the fake hasher would accept for a hash of "" if a null hash were mistaken for one. */
const DUMMY_LIKE = 'hashed:';
