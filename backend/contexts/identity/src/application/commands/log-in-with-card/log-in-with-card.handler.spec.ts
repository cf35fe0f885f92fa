import { FixedClock } from '@preau/kernel';
import { recordingOutbox } from '@preau/platform/testing';
import { IDS, account, openedPupil } from '../../../testing/accounts';
import { FakeLoginThrottle } from '../../../testing/fake-login-throttle';
import { InMemoryAccountRepository } from '../../../testing/in-memory-account.repository';
import { InMemorySessionRepository } from '../../../testing/in-memory-session.repository';
import { testCredentialDeriver } from '../../../testing/test-credential-deriver';
import { cardToken } from '../../ports/credential-deriver.port';
import { hashToken } from '../../tokens';
import { LogInWithCardCommand } from './log-in-with-card.command';
import { LogInWithCardHandler } from './log-in-with-card.handler';

describe('LogInWithCardHandler', () => {
  const deriver = testCredentialDeriver();
  const clock = new FixedClock(new Date('2026-12-07T08:00:00Z'));
  const setup = () => {
    const accounts = new InMemoryAccountRepository([openedPupil(IDS.lea, 'lea.martin'), account(IDS.parentLea, 'PARENT')]);
    const sessions = new InMemorySessionRepository(accounts);
    const throttle = new FakeLoginThrottle(3);
    const { outbox, published } = recordingOutbox(clock);
    return { accounts, sessions, throttle, published, handler: new LogInWithCardHandler(accounts, sessions, deriver, throttle, clock, outbox) };
  };
  const card = (id: string, version: number) => cardToken(id, deriver.cardSecret(id, version));
  const scan = (token: string) => new LogInWithCardCommand(token, '10.0.0.12', 'Tablet');

  it("logs a pupil in with her card's current version, audited", async () => {
    const { sessions, published, handler } = setup();
    const result = await handler.execute(scan(card(IDS.lea, 1)));
    if (!result.ok) throw new Error('expected a log-in');
    expect(result.account).toMatchObject({ id: IDS.lea, role: 'PUPIL' });
    expect(sessions.items.get(hashToken(result.token))).toMatchObject({ accountId: IDS.lea, origin: '10.0.0.12' });
    expect(published.map((m) => [m.type, m.payload, m.actorId])).toEqual([['identity.logged-in-with-card', { accountId: IDS.lea }, IDS.lea]]);
  });

  it('refuses a reprinted card (revoked), counting the failure against the account and the address', async () => {
    const { accounts, throttle, published, handler } = setup();
    accounts.items.get(IDS.lea)?.reissueCard();
    expect(await handler.execute(scan(card(IDS.lea, 1)))).toEqual({ ok: false, code: 'CARD_INVALID' });
    expect(throttle.failures.get(`card:${IDS.lea}`)).toBe(1);
    expect(published.map((m) => [m.type, m.payload])).toEqual([['identity.card-login-failed', { accountId: IDS.lea, reason: 'revoked' }]]);
    expect((await handler.execute(scan(card(IDS.lea, 2)))).ok).toBe(true);
  });

  it("refuses a card token naming a parent, even with that parent's derived secret (pupils only)", async () => {
    const { sessions, published, handler } = setup();
    expect(await handler.execute(scan(card(IDS.parentLea, 1)))).toEqual({ ok: false, code: 'CARD_INVALID' });
    expect(sessions.items.size).toBe(0);
    expect(published.map((m) => m.payload)).toEqual([{ accountId: IDS.parentLea, reason: 'not-a-pupil' }]);
  });

  it('refuses what is not a card, and an unknown account, alike', async () => {
    const { published, handler } = setup();
    expect(await handler.execute(scan('https://example.org'))).toEqual({ ok: false, code: 'CARD_INVALID' });
    expect(await handler.execute(scan(card(IDS.tom, 1)))).toEqual({ ok: false, code: 'CARD_INVALID' });
    expect(published.map((m) => m.payload)).toEqual([
      { accountId: null, reason: 'unknown' },
      { accountId: null, reason: 'unknown' },
    ]);
  });

  it('refuses a blocked pupil with ACCOUNT_BLOCKED', async () => {
    const { accounts, sessions, published, handler } = setup();
    accounts.items.get(IDS.lea)?.block();
    expect(await handler.execute(scan(card(IDS.lea, 1)))).toEqual({ ok: false, code: 'ACCOUNT_BLOCKED' });
    expect(sessions.items.size).toBe(0);
    expect(published.map((m) => m.payload)).toEqual([{ accountId: IDS.lea, reason: 'blocked' }]);
  });

  it('ends in RATE_LIMITED once the account used up its failures, even with the right card', async () => {
    const { handler } = setup();
    for (let i = 0; i < 3; i++) await handler.execute(scan(cardToken(IDS.lea, 'A'.repeat(32))));
    await expect(handler.execute(scan(card(IDS.lea, 1)))).rejects.toMatchObject({ code: 'RATE_LIMITED' });
  });
});
