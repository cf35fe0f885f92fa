import { FixedClock } from '@preau/kernel';
import { ImportRun } from '../../../domain/import-run/import-run';
import { InMemoryImportRunRepository } from '../../../testing/in-memory-import-runs';
import { SCHOOL } from '../../../testing/roster';
import { FailImportJobsCommand } from './fail-import-jobs.command';
import { FailImportJobsHandler } from './fail-import-jobs.handler';

describe('FailImportJobsHandler', () => {
  const file = { kind: 'pupils' as const, rows: [], errors: [] };
  const setup = () => {
    const clock = new FixedClock();
    const runs = new InMemoryImportRunRepository();
    runs.add(ImportRun.queued('old', SCHOOL, 'a', { file, detachLeaving: false }, 3, clock.now()));
    clock.advance(2 * 60 * 60_000);
    runs.add(ImportRun.queued('recent', SCHOOL, 'a', { file, detachLeaving: false }, 3, clock.now()));
    const report = {
      kind: 'pupils' as const,
      dryRun: false,
      created: 0,
      updated: 0,
      unchanged: 0,
      leaving: 0,
      errors: [],
      leavingPupils: [],
      newClasses: [],
      detached: false,
    };
    runs.add(ImportRun.applied('done', SCHOOL, 'a', report, new Date(0)));
    return { clock, runs, handler: new FailImportJobsHandler(runs, clock) };
  };

  it('records why one job failed, and drops its rows', async () => {
    const { runs, handler } = setup();
    expect(
      await handler.execute(new FailImportJobsCommand({ importId: 'recent', reason: 'The school was closed.' })),
    ).toBe(1);
    expect(runs.items.get('recent')?.view()).toMatchObject({ state: 'failed', failure: 'The school was closed.' });
    expect(runs.items.get('recent')?.input).toBeNull();
    expect(await handler.execute(new FailImportJobsCommand({ importId: 'done', reason: 'late' }))).toBe(0);
    expect(runs.items.get('done')?.state).toBe('done');
  });

  it('fails the runs pending for longer than any job takes (housekeeping)', async () => {
    const { runs, handler } = setup();
    expect(await handler.execute(new FailImportJobsCommand({ olderThanMs: 60 * 60_000 }))).toBe(1);
    expect(runs.items.get('old')?.view()).toMatchObject({
      state: 'failed',
      failure: expect.stringMatching(/interrupted/),
    });
    expect(runs.items.get('recent')?.state).toBe('queued');
  });
});
