import { ApplyRosterCommand, GetSchoolRosterQuery, OpenAccountsCommand } from '@preau/contracts';
import { DomainError, FixedClock } from '@preau/kernel';
import { FakeBus, recordingOutbox } from '@preau/platform/testing';
import { ImportRun } from '../../../domain/import-run/import-run';
import { InMemoryImportRunRepository, RecordingImportProgress } from '../../../testing/in-memory-import-runs';
import { readOndeFixture } from '../../../testing/onde';
import { ferryRoster, SCHOOL } from '../../../testing/roster';
import { IMPORT_JOB_STEPS } from '../../import/apply-import';
import { RunImportJobCommand } from './run-import-job.command';
import { RunImportJobHandler } from './run-import-job.handler';

describe('RunImportJobHandler', () => {
  const setup = (roster = () => ferryRoster()) => {
    const bus = new FakeBus()
      .onQuery(GetSchoolRosterQuery, roster)
      .onCommand(ApplyRosterCommand, () => undefined)
      .onCommand(OpenAccountsCommand, (c) => c.accounts.map((a) => ({ id: a.id, login: a.id })));
    const runs = new InMemoryImportRunRepository();
    const progress = new RecordingImportProgress(runs);
    const { outbox, published } = recordingOutbox();
    const clock = new FixedClock();
    const file = readOndeFixture('eleves.csv');
    runs.add(
      ImportRun.queued(
        'import-1',
        SCHOOL,
        'ferry.direction',
        { file, detachLeaving: true },
        IMPORT_JOB_STEPS,
        clock.now(),
      ),
    );
    return {
      bus,
      runs,
      progress,
      published,
      handler: new RunImportJobHandler(bus.asBus(), outbox, runs, progress, clock),
    };
  };

  it('applies the queued file whole, reporting its progress step by step, and keeps the report, not the rows', async () => {
    const { bus, runs, progress, published, handler } = setup();
    const report = await handler.execute(new RunImportJobCommand('import-1'));
    expect(report).toMatchObject({ dryRun: false, created: 7, leaving: 2, detached: true });
    expect(progress.steps).toEqual(['running 0/3', 'running 1/3', 'running 2/3']);
    expect(bus.sentOf(ApplyRosterCommand)).toHaveLength(1);
    expect(bus.sentOf(ApplyRosterCommand)[0]).toMatchObject({ actorId: 'ferry.direction', schoolId: SCHOOL });
    expect(bus.sentOf(OpenAccountsCommand)[0].accounts).toHaveLength(7);
    const run = runs.items.get('import-1');
    expect(run?.view()).toMatchObject({ state: 'done', progress: { done: 3, total: 3 }, report });
    expect(run?.input).toBeNull();
    expect(published.map((m) => m.type)).toEqual(['administration.import-applied']);
  });

  it('leaves a run that is over alone (a job delivered twice)', async () => {
    const { bus, handler } = setup();
    await handler.execute(new RunImportJobCommand('import-1'));
    expect(await handler.execute(new RunImportJobCommand('import-1'))).toBeNull();
    expect(await handler.execute(new RunImportJobCommand('unknown'))).toBeNull();
    expect(bus.sentOf(ApplyRosterCommand)).toHaveLength(1);
  });

  it('throws when the directory no longer lets the actor import (the runner then records the failure)', async () => {
    const { bus, handler } = setup(() => {
      throw new DomainError('FORBIDDEN', 'You do not administer this school.');
    });
    await expect(handler.execute(new RunImportJobCommand('import-1'))).rejects.toMatchObject({ code: 'FORBIDDEN' });
    expect(bus.sentOf(ApplyRosterCommand)).toEqual([]);
  });
});
