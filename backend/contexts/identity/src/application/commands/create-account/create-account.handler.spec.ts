import { CreateAccountCommand } from '@preau/contracts';
import { FixedClock } from '@preau/kernel';
import { account } from '../../../testing/accounts';
import { FakePasswordHasher } from '../../../testing/fake-password-hasher';
import { InMemoryAccountRepository } from '../../../testing/in-memory-account.repository';
import { CreateAccountHandler } from './create-account.handler';

describe('CreateAccountHandler', () => {
  const clock = new FixedClock(new Date('2026-12-07T08:00:00Z'));
  const setup = () => {
    const accounts = new InMemoryAccountRepository([account('anne.lefevre')]);
    return { accounts, handler: new CreateAccountHandler(accounts, new FakePasswordHasher(), clock) };
  };

  it('opens an account with its first password hashed, never stored as given', async () => {
    const { accounts, handler } = setup();
    expect(
      await handler.execute(
        new CreateAccountCommand('id-1', 'Lea.CE2A', ' Léa Martin ', 'PUPIL', 'premier-mot-de-passe'),
      ),
    ).toEqual({ id: 'id-1' });
    expect(accounts.items.get('id-1')).toMatchObject({
      login: 'lea.ce2a',
      displayName: 'Léa Martin',
      role: 'PUPIL',
      passwordHash: 'hashed:premier-mot-de-passe',
      blocked: false,
      createdAt: clock.now(),
      passwordChangedAt: clock.now(),
    });
  });

  it.each([
    ['a login already taken, whatever its case', 'Anne.Lefevre', 'Anne Lefèvre', 'CONFLICT', 'LoginIsUnique'],
    ['a malformed login', 'léa martin', 'Léa Martin', 'VALIDATION_FAILED', 'LoginIsWellFormed'],
    ['an empty display name', 'lea.ce2a', '  ', 'VALIDATION_FAILED', 'DisplayNameIsGiven'],
  ])('refuses %s', async (_what, login, displayName, code, rule) => {
    const { accounts, handler } = setup();
    await expect(
      handler.execute(new CreateAccountCommand('id-2', login, displayName, 'TEACHER', 'premier-mot-de-passe')),
    ).rejects.toMatchObject({ code, details: { rule } });
    expect([...accounts.items.keys()]).toEqual(['anne.lefevre']);
  });
});
