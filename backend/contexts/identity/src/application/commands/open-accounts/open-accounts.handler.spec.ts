import { type AccountToOpen, OpenAccountsCommand } from '@preau/contracts';
import { FixedClock } from '@preau/kernel';
import { recordingOutbox } from '@preau/platform/testing';
import { account } from '../../../testing/accounts';
import { InMemoryAccountRepository } from '../../../testing/in-memory-account.repository';
import { testCredentialDeriver } from '../../../testing/test-credential-deriver';
import { OpenAccountsHandler } from './open-accounts.handler';

const DAY = 86_400_000;

describe('OpenAccountsHandler', () => {
  const clock = new FixedClock(new Date('2026-12-07T08:00:00Z'));
  const deriver = testCredentialDeriver();
  const setup = () => {
    const accounts = new InMemoryAccountRepository([account('existing-chloe', 'PUPIL')]);
    // An older Chloé Leroy already has the plain login.
    Object.assign(accounts.items.get('existing-chloe') as object, { login: 'chloe.leroy' });
    const { outbox, published } = recordingOutbox(clock);
    return { accounts, published, handler: new OpenAccountsHandler(accounts, deriver, { activationMs: 60 * DAY }, clock, outbox) };
  };
  const person = (id: string, role: AccountToOpen['role'], firstName: string, lastName: string): AccountToOpen => ({ id, role, firstName, lastName, displayName: `${firstName} ${lastName}` });

  it('opens pupils with a first password and a card, adults with a 60-day activation code; logins without collisions, in order', async () => {
    const { accounts, published, handler } = setup();
    const logins = await handler.execute(
      new OpenAccountsCommand([
        person('p1', 'PUPIL', 'Chloé', 'LEROY'),
        person('p2', 'PUPIL', 'Moussa', "N'DIAYE"),
        person('a1', 'PARENT', 'Chloé', 'Leroy'),
        person('t1', 'TEACHER', 'Zoé', 'DUPONT-MOREAU'),
      ]),
    );
    expect(logins).toEqual([
      { id: 'p1', login: 'chloe.leroy2' },
      { id: 'p2', login: 'moussa.ndiaye' },
      { id: 'a1', login: 'chloe.leroy3' },
      { id: 't1', login: 'zoe.dupont-moreau' },
    ]);
    expect(accounts.loginQueries).toBe(1);
    expect(accounts.items.get('p1')).toMatchObject({ role: 'PUPIL', displayName: 'Chloé LEROY', passwordHash: null, firstPasswordVersion: 1, cardVersion: 1, activationLookup: null });
    const parent = accounts.items.get('a1');
    expect(parent).toMatchObject({ passwordHash: null, firstPasswordVersion: null, cardVersion: null, activationVersion: 1, activationExpiresAt: new Date(clock.now().getTime() + 60 * DAY) });
    // The lookup finds the account from its code alone.
    expect(parent?.activationLookup).toBe(deriver.activationLookup(deriver.activationCode('a1', 1)));
    expect(published.map((m) => [m.type, m.payload])).toEqual([['identity.accounts-opened', { accountIds: ['p1', 'p2', 'a1', 't1'] }]]);
  });

  it('keeps the account of an id that already has one (a re-run answers the same logins) and opens each id once', async () => {
    const { accounts, published, handler } = setup();
    await handler.execute(new OpenAccountsCommand([person('p1', 'PUPIL', 'Chloé', 'Leroy')]));
    const again = await handler.execute(new OpenAccountsCommand([person('p1', 'PUPIL', 'Chloé', 'Leroy'), person('p3', 'PUPIL', 'Inès', 'Roux'), person('p3', 'PUPIL', 'Inès', 'Roux')]));
    expect(again).toEqual([
      { id: 'p1', login: 'chloe.leroy2' },
      { id: 'p3', login: 'ines.roux' },
      { id: 'p3', login: 'ines.roux' },
    ]);
    expect(accounts.items.size).toBe(3);
    expect(published.map((m) => m.payload)).toEqual([{ accountIds: ['p1'] }, { accountIds: ['p3'] }]);
  });

  it('opens 300 accounts at once: distinct logins, one query for them all', async () => {
    const { accounts, handler } = setup();
    const batch = Array.from({ length: 300 }, (_, i) => person(`id-${i}`, i % 3 === 0 ? 'PARENT' : 'PUPIL', ['Chloé', 'Léo', 'Inès'][i % 3] as string, ['Leroy', 'Martin'][i % 2] as string));
    const logins = await handler.execute(new OpenAccountsCommand(batch));
    expect(new Set(logins.map((l) => l.login)).size).toBe(300);
    expect(accounts.loginQueries).toBe(1);
  });

  it('publishes nothing when there is nothing to open', async () => {
    const { published, handler } = setup();
    expect(await handler.execute(new OpenAccountsCommand([]))).toEqual([]);
    expect(published).toEqual([]);
  });
});
