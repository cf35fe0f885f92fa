import { MayManageAccountsQuery } from '@preau/contracts';
import { FixedClock } from '@preau/kernel';
import { FakeBus, recordingOutbox } from '@preau/platform/testing';
import { Session } from '../../../domain/session/session';
import { IDS, OPENED_AT, account } from '../../../testing/accounts';
import { FakePasswordHasher } from '../../../testing/fake-password-hasher';
import { InMemoryAccountRepository } from '../../../testing/in-memory-account.repository';
import { InMemorySessionRepository } from '../../../testing/in-memory-session.repository';
import { testCredentialDeriver } from '../../../testing/test-credential-deriver';
import { ResetPasswordCommand } from './reset-password.command';
import { ResetPasswordHandler } from './reset-password.handler';

describe('ResetPasswordHandler', () => {
  const deriver = testCredentialDeriver();
  const clock = new FixedClock(new Date('2026-12-07T08:00:00Z'));
  const setup = (answer: { refused: string[]; unknown: string[] } = { refused: [], unknown: [] }) => {
    const accounts = new InMemoryAccountRepository([account(IDS.lea, 'PUPIL', 'lea-chosen-password'), account(IDS.parentLea, 'PARENT', 'karim-chosen-password')]);
    const sessions = new InMemorySessionRepository(accounts);
    for (const [idHash, accountId] of [
      ['lea-tablet', IDS.lea],
      ['lea-home', IDS.lea],
      ['karim-phone', IDS.parentLea],
    ] as const)
      sessions.add(new Session(idHash, accountId, 'csrf', OPENED_AT, OPENED_AT, null, null));
    const bus = new FakeBus().onQuery(MayManageAccountsQuery, () => answer);
    const { outbox, published } = recordingOutbox(clock);
    return { accounts, sessions, bus, published, handler: new ResetPasswordHandler(accounts, sessions, new FakePasswordHasher(), deriver, clock, outbox, bus.asBus()) };
  };

  it('gives a pupil a new first password and a new card, ends her sessions, asks no change', async () => {
    const { accounts, sessions, bus, published, handler } = setup();
    const result = await handler.execute(new ResetPasswordCommand(IDS.teacher, IDS.lea));
    expect(result).toEqual({
      id: IDS.lea,
      login: IDS.lea,
      temporaryPassword: deriver.firstPassword(IDS.lea, 1),
      mustChangePassword: false,
      cardToken: `PC1.${IDS.lea}.${deriver.cardSecret(IDS.lea, 1)}`,
    });
    expect(accounts.items.get(IDS.lea)).toMatchObject({ passwordHash: null, firstPasswordVersion: 1, cardVersion: 1, mustChangePassword: false });
    expect([...sessions.items.keys()]).toEqual(['karim-phone']);
    expect(bus.sentOf(MayManageAccountsQuery)[0]).toMatchObject({ actorId: IDS.teacher, targetIds: [IDS.lea], act: 'reset-password' });
    expect(published.map((m) => [m.type, m.payload])).toEqual([['identity.password-reset', { accountId: IDS.lea, actorId: IDS.teacher }]]);
  });

  it('a second reset revokes the first one: new version, different first password and card', async () => {
    const { handler } = setup();
    const first = await handler.execute(new ResetPasswordCommand(IDS.teacher, IDS.lea));
    const second = await handler.execute(new ResetPasswordCommand(IDS.teacher, IDS.lea));
    expect(second.temporaryPassword).toBe(deriver.firstPassword(IDS.lea, 2));
    expect(second.cardToken).not.toBe(first.cardToken);
  });

  it('gives an adult a random temporary password (hashed), to change at the next login; ends their sessions', async () => {
    const { accounts, sessions, handler } = setup();
    const result = await handler.execute(new ResetPasswordCommand(IDS.director, IDS.parentLea));
    expect(result).toEqual({ id: IDS.parentLea, login: IDS.parentLea, temporaryPassword: expect.stringMatching(/^[a-z2-9]{4}-[a-z2-9]{4}-[a-z2-9]{4}$/), mustChangePassword: true, cardToken: null });
    expect(accounts.items.get(IDS.parentLea)).toMatchObject({ passwordHash: `hashed:${result.temporaryPassword}`, mustChangePassword: true });
    expect([...sessions.items.keys()]).toEqual(['lea-tablet', 'lea-home']);
    const again = await handler.execute(new ResetPasswordCommand(IDS.director, IDS.parentLea));
    expect(again.temporaryPassword).not.toBe(result.temporaryPassword);
  });

  it('refuses as the directory decides (403), 404 when the actor may not know the account; nothing changes', async () => {
    for (const [answer, code] of [
      [{ refused: [IDS.lea], unknown: [] }, 'FORBIDDEN'],
      [{ refused: [], unknown: [IDS.lea] }, 'NOT_FOUND'],
    ] as const) {
      const { accounts, sessions, published, handler } = setup({ refused: [...answer.refused], unknown: [...answer.unknown] });
      await expect(handler.execute(new ResetPasswordCommand(IDS.parentLea, IDS.lea))).rejects.toMatchObject({ code });
      expect(accounts.items.get(IDS.lea)?.passwordHash).toBe('hashed:lea-chosen-password');
      expect(sessions.items.size).toBe(3);
      expect(published).toEqual([]);
    }
  });
});
