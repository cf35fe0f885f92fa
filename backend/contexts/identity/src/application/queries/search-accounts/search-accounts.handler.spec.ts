import { SearchAccountsQuery } from '@preau/contracts';
import { Account } from '../../../domain/account/account';
import { OPENED_AT } from '../../../testing/accounts';
import { InMemoryAccountRepository } from '../../../testing/in-memory-account.repository';
import { InMemoryAccountSearchReadModel } from '../../../testing/in-memory-account-search.read-model';
import { SearchAccountsHandler } from './search-accounts.handler';

const id = (n: number) => `5e000000-0000-4000-8000-${String(n).padStart(12, '0')}`;

describe('SearchAccountsHandler', () => {
  const people: [string, string][] = [
    ['chloe.leroy', 'Chloé Leroy'],
    ['moussa.ndiaye', "Moussa N'DIAYE"],
    ['emile.zola', 'Émile Zola'],
    ['zoe.dupont-moreau', 'Zoé DUPONT-MOREAU'],
    ['chloe.leroy2', 'Chloé Leroy'],
    ['anne.lefevre', 'Anne Lefèvre'],
  ];
  const setup = () => {
    const accounts = new InMemoryAccountRepository(people.map(([login, name], i) => Account.open({ id: id(i + 1), login, displayName: name, role: 'PUPIL', passwordHash: 'h', now: OPENED_AT })));
    return new SearchAccountsHandler(new InMemoryAccountSearchReadModel(accounts));
  };
  const all = people.map((_, i) => id(i + 1));
  const names = (page: { items: { displayName: string }[] }) => page.items.map((i) => i.displayName);

  it('finds by name or login, whatever the accents, the case or the apostrophes', async () => {
    const handler = setup();
    expect(names(await handler.execute(new SearchAccountsQuery(all, 'CHLOE', null, 10)))).toEqual(['Chloé Leroy', 'Chloé Leroy']);
    expect(names(await handler.execute(new SearchAccountsQuery(all, 'ndiaye', null, 10)))).toEqual(["Moussa N'DIAYE"]);
    expect(names(await handler.execute(new SearchAccountsQuery(all, 'émile', null, 10)))).toEqual(['Émile Zola']);
    expect(names(await handler.execute(new SearchAccountsQuery(all, 'lefevre', null, 10)))).toEqual(['Anne Lefèvre']);
    expect(names(await handler.execute(new SearchAccountsQuery(all, 'dupont moreau', null, 10)))).toEqual(['Zoé DUPONT-MOREAU']);
  });

  it('answers only the ids given, by display name then id, page after page', async () => {
    const handler = setup();
    const first = await handler.execute(new SearchAccountsQuery(all.slice(0, 5), null, null, 2));
    expect(first.items.map((i) => i.displayName)).toEqual(['Chloé Leroy', 'Chloé Leroy']);
    expect(first.items.map((i) => i.id)).toEqual([id(1), id(5)]);
    const second = await handler.execute(new SearchAccountsQuery(all.slice(0, 5), null, first.nextCursor, 2));
    expect(names(second)).toEqual(['Émile Zola', "Moussa N'DIAYE"]);
    const third = await handler.execute(new SearchAccountsQuery(all.slice(0, 5), '', second.nextCursor, 2));
    expect(names(third)).toEqual(['Zoé DUPONT-MOREAU']);
    expect(third.nextCursor).toBeNull();
    expect(third.items[0]).toEqual({ id: id(4), login: 'zoe.dupont-moreau', displayName: 'Zoé DUPONT-MOREAU', role: 'PUPIL', blocked: false, pendingActivation: false });
  });

  it('refuses a cursor that is not one of ours', async () => {
    await expect(setup().execute(new SearchAccountsQuery(all, null, 'bm90LWEtY3Vyc29y', 10))).rejects.toMatchObject({ code: 'VALIDATION_FAILED' });
  });
});
