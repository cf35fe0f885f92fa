import { type EntityManager, MikroORM } from '@mikro-orm/postgresql';
import { migrate, ormOptions, sqlIn } from '@preau/platform';
import { createTestDatabase } from '@preau/testing';
import { Account } from '../../domain/account/account';
import { LoginGenerator } from '../../domain/account/login-generator';
import { Session } from '../../domain/session/session';
import { AccountSchema } from './account.schema';
import { IDENTITY_MIGRATIONS } from './migrations';
import { MikroOrmAccountRepository } from './mikro-orm-account.repository';
import { MikroOrmSessionRepository } from './mikro-orm-session.repository';
import { SessionSchema } from './session.schema';
import { SqlAccountSearchReadModel } from './sql-account-search.read-model';

const id = (n: number) => `5e000000-0000-4000-8000-${String(n).padStart(12, '0')}`;
const now = new Date('2026-12-07T08:00:00.000Z');

jest.setTimeout(60_000);

describe("identity's credentials in PostgreSQL (the context's own migrations)", () => {
  let orm: MikroORM;
  const unitOfWork = <T>(work: (em: EntityManager) => Promise<T>) => orm.em.fork().transactional(work);
  const people: [number, string, string, Account['role']][] = [
    [1, 'chloe.leroy', 'Chloé Leroy', 'PUPIL'],
    [2, 'chloe.leroy2', 'Chloé Leroy', 'PUPIL'],
    [3, 'moussa.ndiaye', "Moussa N'DIAYE", 'PUPIL'],
    [4, 'emile.zola', 'Émile Zola', 'PARENT'],
    [5, 'zoe.dupont-moreau', 'Zoé DUPONT-MOREAU', 'TEACHER'],
    [6, 'chloe.leroyer', 'Chloé Leroyer', 'PUPIL'],
    [7, 'oeuvre.coeur', 'Œuvre Cœur', 'PUPIL'],
  ];

  beforeAll(async () => {
    const url = await createTestDatabase('identity_credentials');
    await migrate(url, [...IDENTITY_MIGRATIONS]);
    orm = await MikroORM.init(ormOptions(url, { entities: [AccountSchema, SessionSchema], pool: { min: 0, max: 2 } }));
    await unitOfWork(async (em) => {
      const repository = new MikroOrmAccountRepository(em);
      for (const [n, login, name, role] of people) {
        const account = Account.openWithoutPassword({ id: id(n), login, displayName: name, role, now });
        if (role !== 'PUPIL') account.issueActivation((v) => `lookup-${n}-${v}`.padEnd(32, '0'), new Date('2027-02-05T08:00:00.000Z'));
        repository.add(account);
      }
    });
  });
  afterAll(() => orm?.close(true));

  it('keeps an account without password, with its versions, code lookup and dates', async () => {
    const pupil = await new MikroOrmAccountRepository(orm.em.fork()).byId(id(1));
    expect(pupil).toMatchObject({ passwordHash: null, firstPasswordVersion: 1, cardVersion: 1, activationVersion: null, mustChangePassword: false, email: null });
    const parent = await new MikroOrmAccountRepository(orm.em.fork()).byId(id(4));
    expect(parent).toMatchObject({ activationVersion: 1, activationExpiresAt: new Date('2027-02-05T08:00:00.000Z'), activatedAt: null });
    expect((await new MikroOrmAccountRepository(orm.em.fork()).byActivationLookup(parent?.activationLookup as string)).map((a) => a.id)).toEqual([id(4)]);
    expect(await new MikroOrmAccountRepository(orm.em.fork()).byId('not-a-uuid')).toBeNull();
  });

  it('activation and resets are saved', async () => {
    await unitOfWork(async (em) => {
      const repository = new MikroOrmAccountRepository(em);
      (await repository.byId(id(4)))?.activate('$argon2id$fake', 'emile@example.org', now);
      (await repository.byId(id(5)))?.resetAdult('$argon2id$temp', now);
      (await repository.byId(id(1)))?.resetPupil(now);
    });
    const repository = new MikroOrmAccountRepository(orm.em.fork());
    expect(await repository.byId(id(4))).toMatchObject({ passwordHash: '$argon2id$fake', email: 'emile@example.org', activatedAt: now, activationLookup: null, activationVersion: 1 });
    expect(await repository.byId(id(5))).toMatchObject({ mustChangePassword: true, activationLookup: null });
    expect(await repository.byId(id(1))).toMatchObject({ cardVersion: 2, firstPasswordVersion: 2 });
  });

  it('a session holder tells whether the password must change', async () => {
    await unitOfWork(async (em) => new MikroOrmSessionRepository(em).add(new Session('f'.repeat(64), id(5), 'csrf', now, now, null, null)));
    expect((await new MikroOrmSessionRepository(orm.em.fork()).withHolder('f'.repeat(64)))?.holder).toMatchObject({ id: id(5), mustChangePassword: true });
  });

  it('finds the taken logins of a batch in one query: the base itself and the base with a number, not longer names', async () => {
    const bases = LoginGenerator.basesOf([{ firstName: 'Chloé', lastName: 'Leroy' }, { firstName: 'Inès', lastName: 'Roux' }]);
    const taken = await new MikroOrmAccountRepository(orm.em.fork()).loginsLike(bases);
    expect(taken.sort()).toEqual(['chloe.leroy', 'chloe.leroy2']);
    expect(LoginGenerator.generate([{ firstName: 'Chloé', lastName: 'Leroy' }], taken)).toEqual(['chloe.leroy3']);
    expect(await new MikroOrmAccountRepository(orm.em.fork()).loginsLike([])).toEqual([]);
  });

  describe('search (unaccent and pg_trgm)', () => {
    const all = people.map(([n]) => id(n));
    const search = (q: string | null, ids = all, after: { sortKey: string; id: string } | null = null, limit = 10) => new SqlAccountSearchReadModel(orm.em.fork()).search(ids, q, after, limit);
    const names = async (q: string | null) => (await search(q)).items.map((i) => i.displayName);

    it.each([
      ['chloe', ['Chloé Leroy', 'Chloé Leroy', 'Chloé Leroyer']],
      ['CHLOÉ LEROYER', ['Chloé Leroyer']],
      ['ndiaye', ["Moussa N'DIAYE"]],
      ["n'diaye", ["Moussa N'DIAYE"]],
      ['EMILE', ['Émile Zola']],
      ['dupont moreau', ['Zoé DUPONT-MOREAU']],
      ['zoe.dupont', ['Zoé DUPONT-MOREAU']],
      ['coeur', ['Œuvre Cœur']],
      ['leroy2', ['Chloé Leroy']],
      ['nobody', []],
    ])('%p finds %p', async (q, expected) => {
      expect(await names(q)).toEqual(expected);
    });

    it('pages by folded display name then id, only among the ids given', async () => {
      const first = await search(null, all, null, 3);
      expect(first.items.map((i) => i.id)).toEqual([id(1), id(2), id(6)]);
      expect(first.more).toBe(true);
      const second = await search(null, all, first.last, 3);
      expect(second.items.map((i) => i.displayName)).toEqual(['Émile Zola', "Moussa N'DIAYE", 'Œuvre Cœur']);
      const third = await search(null, all, second.last, 3);
      expect(third.items.map((i) => i.displayName)).toEqual(['Zoé DUPONT-MOREAU']);
      expect(third.more).toBe(false);
      expect((await search(null, [id(3), 'not-a-uuid'])).items.map((i) => i.id)).toEqual([id(3)]);
      expect(await search(null, [])).toEqual({ items: [], last: null, more: false });
    });

    it('the trigram index can serve the search (what the planner picks on a large table)', async () => {
      const plan = await orm.em.fork().transactional(async (em) => {
        await sqlIn(em)('set local enable_seqscan = off');
        return sqlIn(em)<{ 'QUERY PLAN': string }>(
          `explain select id from identity.account where identity.search_key(display_name) || ' ' || identity.search_key(login) like '%' || identity.search_key('Leroy') || '%'`,
        );
      });
      expect(plan.map((r) => r['QUERY PLAN']).join('\n')).toMatch(/account_search_idx/);
    });
  });
});
