import { MayManageAccountQuery } from '@preau/contracts';
import { FixedClock } from '@preau/kernel';
import { FakeBus, recordingOutbox } from '@preau/platform/testing';
import { Session } from '../../../domain/session/session';
import { OPENED_AT, account } from '../../../testing/accounts';
import { InMemoryAccountRepository } from '../../../testing/in-memory-account.repository';
import { InMemorySessionRepository } from '../../../testing/in-memory-session.repository';
import { SetAccountBlockedCommand } from './set-account-blocked.command';
import { SetAccountBlockedHandler } from './set-account-blocked.handler';

describe('SetAccountBlockedHandler', () => {
  /** `answer`: what the directory says of the director managing the pupil's account. */
  const setup = (answer: { known: boolean; allowed: boolean }) => {
    const accounts = new InMemoryAccountRepository([account('lea.ce2a', 'PUPIL'), account('hugo.ce2a', 'PUPIL')]);
    const sessions = new InMemorySessionRepository(accounts);
    sessions.add(new Session('lea-tablet', 'lea.ce2a', 'csrf', OPENED_AT, OPENED_AT, null, null));
    sessions.add(new Session('hugo-tablet', 'hugo.ce2a', 'csrf', OPENED_AT, OPENED_AT, null, null));
    const bus = new FakeBus().onQuery(MayManageAccountQuery, () => answer);
    const { outbox, published } = recordingOutbox(new FixedClock());
    return {
      accounts,
      sessions,
      bus,
      published,
      handler: new SetAccountBlockedHandler(accounts, sessions, outbox, bus.asBus()),
    };
  };

  it('blocks an account the directory lets the actor manage: its sessions end at once', async () => {
    const { accounts, sessions, bus, published, handler } = setup({ known: true, allowed: true });
    await handler.execute(new SetAccountBlockedCommand('ferry.direction', 'lea.ce2a', true));
    expect(bus.sentOf(MayManageAccountQuery)).toEqual([
      expect.objectContaining({ actorId: 'ferry.direction', targetId: 'lea.ce2a' }),
    ]);
    expect(accounts.items.get('lea.ce2a')?.blocked).toBe(true);
    expect([...sessions.items.keys()]).toEqual(['hugo-tablet']);
    expect(published.map((m) => [m.type, m.payload])).toEqual([
      ['identity.account-blocked', { accountId: 'lea.ce2a' }],
    ]);
  });

  it('unblocks it', async () => {
    const { accounts, published, handler } = setup({ known: true, allowed: true });
    accounts.items.get('lea.ce2a')?.block();
    await handler.execute(new SetAccountBlockedCommand('ferry.direction', 'lea.ce2a', false));
    expect(accounts.items.get('lea.ce2a')?.blocked).toBe(false);
    expect(published.map((m) => [m.type, m.payload])).toEqual([
      ['identity.account-unblocked', { accountId: 'lea.ce2a' }],
    ]);
  });

  it.each([
    [
      'someone the directory does not let manage the account (AccountMustBeManageableByActor)',
      { known: true, allowed: false },
      { code: 'FORBIDDEN', details: { rule: 'AccountMustBeManageableByActor' } },
    ],
    ['an account the actor may not even know of', { known: false, allowed: false }, { code: 'NOT_FOUND' }],
  ])('refuses %s', async (_what, answer, refusal) => {
    const { accounts, sessions, published, handler } = setup(answer);
    await expect(
      handler.execute(new SetAccountBlockedCommand('ferry.ce2a.prof', 'lea.ce2a', true)),
    ).rejects.toMatchObject(refusal);
    expect(accounts.items.get('lea.ce2a')?.blocked).toBe(false);
    expect(sessions.items.size).toBe(2);
    expect(published).toEqual([]);
  });

  it('answers NOT_FOUND when the account is gone', async () => {
    const { handler } = setup({ known: true, allowed: true });
    await expect(
      handler.execute(new SetAccountBlockedCommand('ferry.direction', 'nobody', true)),
    ).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });
});
