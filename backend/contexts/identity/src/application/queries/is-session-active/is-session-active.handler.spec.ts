import { IsSessionActiveQuery } from '@preau/contracts';
import { FixedClock } from '@preau/kernel';
import { Session, type SessionLifetime } from '../../../domain/session/session';
import { account } from '../../../testing/accounts';
import { InMemoryAccountRepository } from '../../../testing/in-memory-account.repository';
import { InMemorySessionRepository } from '../../../testing/in-memory-session.repository';
import { IsSessionActiveHandler } from './is-session-active.handler';

describe('IsSessionActiveHandler', () => {
  const lifetime: SessionLifetime = { idleMs: 30 * 60_000, maxMs: 12 * 3_600_000 };
  const openedAt = new Date('2026-12-07T08:00:00Z');
  const setup = () => {
    const clock = new FixedClock(openedAt);
    const accounts = new InMemoryAccountRepository([account('anne.lefevre')]);
    const sessions = new InMemorySessionRepository(accounts);
    sessions.add(new Session('session-hash', 'anne.lefevre', 'csrf', openedAt, openedAt, null, null));
    return { clock, accounts, sessions, handler: new IsSessionActiveHandler(sessions, lifetime, clock) };
  };

  it('says a live session stands, and touches nothing', async () => {
    const { clock, sessions, handler } = setup();
    clock.advance(5 * 60_000);
    expect(await handler.execute(new IsSessionActiveQuery('session-hash'))).toBe(true);
    expect(sessions.items.get('session-hash')?.lastSeenAt).toEqual(openedAt);
  });

  it('says a session ended by expiry no longer stands', async () => {
    const { clock, handler } = setup();
    clock.advance(lifetime.idleMs);
    expect(await handler.execute(new IsSessionActiveQuery('session-hash'))).toBe(false);
  });

  it("says a blocked account's session no longer stands", async () => {
    const { accounts, handler } = setup();
    accounts.items.get('anne.lefevre')?.block();
    expect(await handler.execute(new IsSessionActiveQuery('session-hash'))).toBe(false);
  });

  it('says an ended (unknown) session does not stand', async () => {
    const { handler } = setup();
    expect(await handler.execute(new IsSessionActiveQuery('logged-out'))).toBe(false);
  });
});
