import { MikroORM } from '@mikro-orm/postgresql';
import { createTestDatabase } from '@preau/testing';
import { Client } from 'pg';
import { ormOptions } from './orm-options';
import { sqlBatch, sqlIn, toPositional } from './sql';

describe('sqlIn / sqlBatch (real PostgreSQL)', () => {
  let orm: MikroORM;
  let url: string;

  beforeAll(async () => {
    url = await createTestDatabase('platform_sql');
    orm = await MikroORM.init(ormOptions(url, { entities: [], pool: { min: 0, max: 2 } }));
    await orm.em.fork().getConnection().execute('create table if not exists t (id int primary key, tags text[] not null)');
  });
  afterAll(() => orm?.close(true));

  it('sends parameters apart (no inlining) and JS arrays as PostgreSQL arrays', async () => {
    const sql = sqlIn(orm.em.fork());
    const rows = await sql<{ n: number; quoted: string; tags: string[] }>('select ?::int + 1 as n, ?::text as quoted, ?::text[] as tags', [41, "l'école; drop table t", ['a', 'b,c', '{x}']]);
    expect(rows).toEqual([{ n: 42, quoted: "l'école; drop table t", tags: ['a', 'b,c', '{x}'] }]);
  });

  it('refuses a statement whose placeholders do not match its parameters', () => {
    expect(() => toPositional('select ? + ?', [1].length)).toThrow(/2 placeholders for 1 parameters/);
    expect(toPositional('select ? + ?', 2)).toBe('select $1 + $2');
  });

  it('inside a transaction, runs on its connection (sees its uncommitted rows; nothing stays after a rollback)', async () => {
    await expect(
      orm.em.fork().transactional(async (trx) => {
        await trx.getConnection().execute('insert into t (id, tags) values (1, ?)', ['{a}'], 'run', trx.getTransactionContext());
        // As repositories do: the root EntityManager, whose context is the running transaction's.
        const seen = await sqlIn(orm.em)<{ n: string }>('select count(*) as n from t where id = ?', [1]);
        expect(Number(seen[0]?.n)).toBe(1);
        throw new Error('roll back');
      }),
    ).rejects.toThrow('roll back');
    expect(await sqlIn(orm.em.fork())<{ id: number }>('select id from t', [])).toEqual([]);
  });

  it('gives its connection back only once every statement of a failed batch has ended (the pool stays usable)', async () => {
    const em = orm.em.fork();
    await expect(
      sqlBatch(em, (q) => Promise.all([q('select 1/0'), q('select pg_sleep(0.3)')])),
    ).rejects.toThrow(/division by zero/);
    // When the batch answers, nothing of it still runs on the connection it gave back.
    const observer = new Client({ connectionString: url });
    await observer.connect();
    try {
      const { rows } = await observer.query(`select count(*)::int as n from pg_stat_activity where datname = current_database() and state = 'active' and query like 'select pg_sleep%'`);
      expect(rows[0].n).toBe(0);
    } finally {
      await observer.end();
    }
    const answers = await Promise.all([1, 2, 3, 4].map((n) => sqlIn(orm.em.fork())<{ n: number }>('select ?::int as n', [n])));
    expect(answers.map((rows) => rows[0]?.n)).toEqual([1, 2, 3, 4]);
  });
});
