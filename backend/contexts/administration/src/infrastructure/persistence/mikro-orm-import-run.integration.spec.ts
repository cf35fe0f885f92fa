import { type EntityManager, MikroORM } from '@mikro-orm/postgresql';
import { migrate, ormOptions, sqlIn } from '@preau/platform';
import { createTestDatabase } from '@preau/testing';
import { ImportRun } from '../../domain/import-run/import-run';
import { readOndeFixture } from '../../testing/onde';
import { ImportRunSchema } from './import-run.schema';
import { ADMINISTRATION_MIGRATIONS } from './migrations';
import { MikroOrmImportRunRepository } from './mikro-orm-import-run.repository';
import { SqlImportProgress } from './sql-import-progress';

const SCHOOL = '0b7c1f43-5a1e-4c1e-9d1a-00000000f000';
const ACTOR = '8a1d2c3b-0000-4000-8000-00000000a001';
const t0 = new Date('2026-09-07T08:00:00.000Z');
let n = 0;
const nextId = () => `7e0a9b1c-0000-4000-8000-${String(++n).padStart(12, '0')}`;

describe("the import runs in PostgreSQL (the context's own migration)", () => {
  let orm: MikroORM;
  const unitOfWork = <T>(work: (em: EntityManager) => Promise<T>) => orm.em.fork().transactional(work);
  const row = async (id: string) =>
    (
      await sqlIn(orm.em.fork())<Record<string, unknown>>('select * from administration.import_run where id = ?', [id])
    )[0];

  beforeAll(async () => {
    const url = await createTestDatabase('administration_import_run');
    await migrate(url, [...ADMINISTRATION_MIGRATIONS]);
    orm = await MikroORM.init(ormOptions(url, { entities: [ImportRunSchema], pool: { min: 0, max: 3 } }));
  });
  afterAll(() => orm?.close(true));

  it('a queued run keeps the file as read (accents intact) until it finishes; then only the report stays', async () => {
    const file = readOndeFixture('eleves.csv');
    const id = nextId();
    await unitOfWork(async (em) =>
      new MikroOrmImportRunRepository(em).add(
        ImportRun.queued(id, SCHOOL, ACTOR, { file, detachLeaving: true }, 3, t0),
      ),
    );
    const loaded = await new MikroOrmImportRunRepository(orm.em.fork()).byId(id);
    expect(loaded?.input).toEqual({ file, detachLeaving: true });
    expect(loaded?.view()).toEqual({
      id,
      schoolId: SCHOOL,
      kind: 'pupils',
      state: 'queued',
      progress: { done: 0, total: 3 },
      report: null,
      failure: null,
    });

    const report = {
      kind: 'pupils' as const,
      dryRun: false,
      created: 7,
      updated: 0,
      unchanged: 0,
      leaving: 0,
      errors: [],
      leavingPupils: [],
      newClasses: ['CE2 B'],
      detached: false,
    };
    await unitOfWork(async (em) => (await new MikroOrmImportRunRepository(em).byId(id))?.finish(report, t0));
    expect(await row(id)).toMatchObject({ state: 'done', progress_done: 3, progress_total: 3, input: null, report });
  });

  it("a job's progress is seen at once by others while the job's own transaction is still open", async () => {
    const id = nextId();
    const file = readOndeFixture('responsables.csv');
    await unitOfWork(async (em) =>
      new MikroOrmImportRunRepository(em).add(
        ImportRun.queued(id, SCHOOL, ACTOR, { file, detachLeaving: false }, 3, t0),
      ),
    );
    const progress = new SqlImportProgress(orm.em);
    const seen: unknown[] = [];
    await unitOfWork(async (em) => {
      const run = await new MikroOrmImportRunRepository(em).byId(id);
      await progress.report(id, 'running', 1, 3);
      seen.push((await new MikroOrmImportRunRepository(orm.em.fork()).byId(id))?.view().progress);
      await progress.report(id, 'running', 2, 3);
      seen.push(await row(id).then((r) => [r?.['state'], r?.['progress_done']]));
      run?.fail('The school was closed.', t0);
    });
    expect(seen).toEqual([{ done: 1, total: 3 }, ['running', 2]]);
    expect(await row(id)).toMatchObject({ state: 'failed', failure: 'The school was closed.', input: null });
    // Progress never revives a run that is over.
    await progress.report(id, 'running', 1, 3);
    expect((await row(id))?.['state']).toBe('failed');
  });

  it('finds the runs pending since before a date (housekeeping)', async () => {
    const old = nextId();
    const file = { kind: 'pupils' as const, rows: [], errors: [] };
    await unitOfWork(async (em) =>
      new MikroOrmImportRunRepository(em).add(
        ImportRun.queued(old, SCHOOL, ACTOR, { file, detachLeaving: false }, 3, new Date('2026-09-01T00:00:00Z')),
      ),
    );
    const stale = await new MikroOrmImportRunRepository(orm.em.fork()).pendingSince(new Date('2026-09-02T00:00:00Z'));
    expect(stale.map((r) => r.id)).toEqual([old]);
  });
});
