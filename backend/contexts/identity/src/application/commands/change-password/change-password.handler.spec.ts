import { FixedClock } from '@preau/kernel';
import { recordingOutbox } from '@preau/platform/testing';
import { Session } from '../../../domain/session/session';
import { IDS, OPENED_AT, account, openedPupil } from '../../../testing/accounts';
import { FakePasswordHasher } from '../../../testing/fake-password-hasher';
import { InMemoryAccountRepository } from '../../../testing/in-memory-account.repository';
import { InMemorySessionRepository } from '../../../testing/in-memory-session.repository';
import { testCredentialDeriver } from '../../../testing/test-credential-deriver';
import { ChangePasswordCommand } from './change-password.command';
import { ChangePasswordHandler } from './change-password.handler';

describe('ChangePasswordHandler', () => {
  const clock = new FixedClock(new Date('2026-12-07T08:00:00Z'));
  const setup = () => {
    const accounts = new InMemoryAccountRepository([
      account('anne.lefevre', 'TEACHER', 'old-password'),
      account('paul.garnier'),
    ]);
    const sessions = new InMemorySessionRepository(accounts);
    for (const [idHash, accountId] of [
      ['mine', 'anne.lefevre'],
      ['lost-tablet', 'anne.lefevre'],
      ['old-laptop', 'anne.lefevre'],
      ['pauls', 'paul.garnier'],
    ])
      sessions.add(new Session(idHash, accountId, 'csrf', OPENED_AT, OPENED_AT, null, null));
    const { outbox, published } = recordingOutbox(clock);
    return {
      accounts,
      sessions,
      published,
      handler: new ChangePasswordHandler(accounts, sessions, new FakePasswordHasher(), clock, outbox, testCredentialDeriver()),
    };
  };

  it("changes the password and ends the account's other sessions, keeping the caller's", async () => {
    const { accounts, sessions, published, handler } = setup();
    await handler.execute(new ChangePasswordCommand('anne.lefevre', 'mine', 'old-password', 'cheval-batterie-agrafe'));
    expect(accounts.items.get('anne.lefevre')).toMatchObject({
      passwordHash: 'hashed:cheval-batterie-agrafe',
      passwordChangedAt: clock.now(),
    });
    expect([...sessions.items.keys()].sort()).toEqual(['mine', 'pauls']);
    expect(published.map((m) => [m.type, m.payload])).toEqual([
      ['identity.password-changed', { accountId: 'anne.lefevre', endedSessions: 2 }],
    ]);
  });

  it('refuses a wrong current password, on its field', async () => {
    const { accounts, sessions, published, handler } = setup();
    await expect(
      handler.execute(new ChangePasswordCommand('anne.lefevre', 'mine', 'guess', 'cheval-batterie-agrafe')),
    ).rejects.toMatchObject({
      code: 'VALIDATION_FAILED',
      details: { errors: [{ field: 'currentPassword' }] },
    });
    expect(accounts.items.get('anne.lefevre')?.passwordHash).toBe('hashed:old-password');
    expect(sessions.items.size).toBe(4);
    expect(published).toEqual([]);
  });

  it.each([
    ['a short password', 'short', 'PasswordIsLongEnough'],
    ['the login inside the password', 'my-anne.lefevre-pw', 'PasswordIsNotTheLogin'],
  ])('refuses %s (%s)', async (_what, newPassword, rule) => {
    const { accounts, sessions, published, handler } = setup();
    await expect(
      handler.execute(new ChangePasswordCommand('anne.lefevre', 'mine', 'old-password', newPassword)),
    ).rejects.toMatchObject({ code: 'VALIDATION_FAILED', details: { rule } });
    expect(accounts.items.get('anne.lefevre')?.passwordHash).toBe('hashed:old-password');
    expect(sessions.items.size).toBe(4);
    expect(published).toEqual([]);
  });

  it('answers NOT_FOUND for an account that does not exist', async () => {
    const { handler } = setup();
    await expect(
      handler.execute(new ChangePasswordCommand('nobody', 'mine', 'old-password', 'cheval-batterie-agrafe')),
    ).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });

  it("takes a pupil's first password as the current one; her own then replaces it for good", async () => {
    const { accounts, handler } = setup();
    accounts.add(openedPupil(IDS.lea, 'lea.martin'));
    const first = testCredentialDeriver().firstPassword(IDS.lea, 1);
    await handler.execute(new ChangePasswordCommand(IDS.lea, 'lea-tablet', first, 'cheval-batterie-agrafe'));
    expect(accounts.items.get(IDS.lea)).toMatchObject({ passwordHash: 'hashed:cheval-batterie-agrafe', firstPasswordVersion: null });
  });

  it('ends the required change after a reset', async () => {
    const { accounts, handler } = setup();
    accounts.items.get('anne.lefevre')?.resetAdult('hashed:temp-abcd-efgh', OPENED_AT);
    await handler.execute(new ChangePasswordCommand('anne.lefevre', 'mine', 'temp-abcd-efgh', 'cheval-batterie-agrafe'));
    expect(accounts.items.get('anne.lefevre')).toMatchObject({ mustChangePassword: false, passwordHash: 'hashed:cheval-batterie-agrafe' });
  });
});
