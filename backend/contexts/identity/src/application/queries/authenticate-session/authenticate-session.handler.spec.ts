import { FixedClock } from '@preau/kernel';
import { Session, type SessionLifetime } from '../../../domain/session/session';
import { account } from '../../../testing/accounts';
import { InMemoryAccountRepository } from '../../../testing/in-memory-account.repository';
import { InMemorySessionRepository } from '../../../testing/in-memory-session.repository';
import { hashToken } from '../../tokens';
import { AuthenticateSessionHandler } from './authenticate-session.handler';
import { AuthenticateSessionQuery } from './authenticate-session.query';

describe('AuthenticateSessionHandler', () => {
  const lifetime: SessionLifetime = { idleMs: 30 * 60_000, maxMs: 12 * 3_600_000 };
  const openedAt = new Date('2026-12-07T08:00:00Z');
  const setup = () => {
    const clock = new FixedClock(openedAt);
    const accounts = new InMemoryAccountRepository([account('anne.lefevre')]);
    const sessions = new InMemorySessionRepository(accounts);
    sessions.add(new Session(hashToken('the-token'), 'anne.lefevre', 'csrf', openedAt, openedAt, null, null));
    return { clock, accounts, sessions, handler: new AuthenticateSessionHandler(sessions, lifetime, clock) };
  };

  it('resolves a live token to its holder', async () => {
    const { handler } = setup();
    expect(await handler.execute(new AuthenticateSessionQuery('the-token'))).toEqual({
      id: 'anne.lefevre',
      login: 'anne.lefevre',
      displayName: 'Name of anne.lefevre',
      role: 'TEACHER',
      sessionId: hashToken('the-token'),
      csrfToken: 'csrf',
      mustChangePassword: false,
    });
  });

  it('records activity at most once a minute', async () => {
    const { clock, sessions, handler } = setup();
    clock.advance(59_000);
    await handler.execute(new AuthenticateSessionQuery('the-token'));
    expect(sessions.items.get(hashToken('the-token'))?.lastSeenAt).toEqual(openedAt);
    clock.advance(1_000);
    await handler.execute(new AuthenticateSessionQuery('the-token'));
    expect(sessions.items.get(hashToken('the-token'))?.lastSeenAt).toEqual(clock.now());
  });

  it('ends a session idle for 30 minutes (SessionEndsWhenIdle)', async () => {
    const { clock, sessions, handler } = setup();
    clock.advance(lifetime.idleMs);
    expect(await handler.execute(new AuthenticateSessionQuery('the-token'))).toBeNull();
    expect(sessions.items.size).toBe(0);
  });

  it('refuses the holder of a blocked account', async () => {
    const { accounts, handler } = setup();
    accounts.items.get('anne.lefevre')?.block();
    expect(await handler.execute(new AuthenticateSessionQuery('the-token'))).toBeNull();
  });

  it.each([
    ['an unknown token', 'another-token'],
    ['an empty token', ''],
    ['an over-long token', 'x'.repeat(101)],
  ])('resolves %s to no one', async (_what, token) => {
    const { handler } = setup();
    expect(await handler.execute(new AuthenticateSessionQuery(token))).toBeNull();
  });
});
