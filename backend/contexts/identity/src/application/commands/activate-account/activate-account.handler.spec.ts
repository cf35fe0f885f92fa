import { FixedClock } from '@preau/kernel';
import { recordingOutbox } from '@preau/platform/testing';
import { formatActivationCode } from '../../../domain/account/activation-code';
import { IDS, pendingAdult } from '../../../testing/accounts';
import { FakeLoginThrottle } from '../../../testing/fake-login-throttle';
import { FakePasswordHasher } from '../../../testing/fake-password-hasher';
import { InMemoryAccountRepository } from '../../../testing/in-memory-account.repository';
import { InMemorySessionRepository } from '../../../testing/in-memory-session.repository';
import { testCredentialDeriver } from '../../../testing/test-credential-deriver';
import { hashToken } from '../../tokens';
import { ActivateAccountCommand } from './activate-account.command';
import { ActivateAccountHandler } from './activate-account.handler';

describe('ActivateAccountHandler', () => {
  const deriver = testCredentialDeriver();
  const clock = new FixedClock(new Date('2026-12-07T08:00:00Z'));
  const lookup = (id: string) => (v: number) => deriver.activationLookup(deriver.activationCode(id, v));
  const setup = () => {
    const accounts = new InMemoryAccountRepository([
      pendingAdult(IDS.parentLea, 'karim.martin', lookup(IDS.parentLea), new Date('2027-02-05T08:00:00Z')),
      pendingAdult(IDS.teacher, 'anne.lefevre', lookup(IDS.teacher), new Date('2026-12-01T00:00:00Z'), 'TEACHER'),
    ]);
    const sessions = new InMemorySessionRepository(accounts);
    const throttle = new FakeLoginThrottle(3);
    const { outbox, published } = recordingOutbox(clock);
    return { accounts, sessions, throttle, published, handler: new ActivateAccountHandler(accounts, sessions, new FakePasswordHasher(), deriver, throttle, clock, outbox) };
  };
  const codeOf = (id: string, version = 1) => formatActivationCode(deriver.activationCode(id, version));
  const activate = (code: string, password = 'cheval-batterie-agrafe', email: string | null = 'karim@example.org') => new ActivateAccountCommand(code, password, email, '203.0.113.7', 'Safari');

  it('sets the chosen password and e-mail, uses the code up and logs in', async () => {
    const { accounts, sessions, published, handler } = setup();
    const result = await handler.execute(activate(codeOf(IDS.parentLea)));
    expect(result).toMatchObject({ ok: true, account: { id: IDS.parentLea, login: 'karim.martin', role: 'PARENT' }, mustChangePassword: false });
    expect(accounts.items.get(IDS.parentLea)).toMatchObject({ passwordHash: 'hashed:cheval-batterie-agrafe', email: 'karim@example.org', activatedAt: clock.now(), activationLookup: null });
    expect(sessions.items.get(hashToken(result.token))).toMatchObject({ accountId: IDS.parentLea, csrfToken: result.csrfToken, origin: '203.0.113.7' });
    expect(published.map((m) => [m.type, m.payload, m.actorId])).toEqual([
      ['identity.account-activated', { accountId: IDS.parentLea }, IDS.parentLea],
      ['identity.logged-in', { accountId: IDS.parentLea }, IDS.parentLea],
    ]);
  });

  it('accepts the code as a parent types it: lower case, spaces, no dashes', async () => {
    const { handler } = setup();
    const typed = ` ${codeOf(IDS.parentLea).toLowerCase().replace(/-/g, ' ')} `;
    expect((await handler.execute(activate(typed, 'cheval-batterie-agrafe', null))).ok).toBe(true);
  });

  it('refuses a used code, a replaced one and a wrong one alike (400 ACTIVATION_CODE_INVALID), counting the failures', async () => {
    const { accounts, throttle, handler } = setup();
    await handler.execute(activate(codeOf(IDS.parentLea)));
    await expect(handler.execute(activate(codeOf(IDS.parentLea)))).rejects.toMatchObject({ code: 'ACTIVATION_CODE_INVALID' });
    // the teacher's code was replaced by a second one
    accounts.items.get(IDS.teacher)?.issueActivation(lookup(IDS.teacher), new Date('2027-02-05T08:00:00Z'));
    await expect(handler.execute(activate(codeOf(IDS.teacher, 1)))).rejects.toMatchObject({ code: 'ACTIVATION_CODE_INVALID' });
    await expect(handler.execute(activate('ABCD-EFGH-JKMN'))).rejects.toMatchObject({ code: 'ACTIVATION_CODE_INVALID' });
    expect(throttle.failures.get('activation:203.0.113.7')).toBe(3);
    await expect(handler.execute(activate(codeOf(IDS.teacher, 2)))).rejects.toMatchObject({ code: 'RATE_LIMITED' });
  });

  it('refuses an expired code with ACTIVATION_CODE_EXPIRED, changing nothing', async () => {
    const { accounts, sessions, published, handler } = setup();
    await expect(handler.execute(activate(codeOf(IDS.teacher)))).rejects.toMatchObject({ code: 'ACTIVATION_CODE_EXPIRED' });
    expect(accounts.items.get(IDS.teacher)).toMatchObject({ passwordHash: null, activatedAt: null });
    expect(sessions.items.size).toBe(0);
    expect(published).toEqual([]);
  });

  it('holds the chosen password to the policy (PasswordIsNotTheLogin)', async () => {
    const { accounts, handler } = setup();
    await expect(handler.execute(activate(codeOf(IDS.parentLea), 'karim.martin-2026'))).rejects.toMatchObject({ code: 'VALIDATION_FAILED', details: { rule: 'PasswordIsNotTheLogin' } });
    expect(accounts.items.get(IDS.parentLea)?.isPendingActivation()).toBe(true);
  });

  it('refuses a blocked account with ACCOUNT_BLOCKED', async () => {
    const { accounts, sessions, handler } = setup();
    accounts.items.get(IDS.parentLea)?.block();
    await expect(handler.execute(activate(codeOf(IDS.parentLea)))).rejects.toMatchObject({ code: 'ACCOUNT_BLOCKED' });
    expect(sessions.items.size).toBe(0);
  });
});
