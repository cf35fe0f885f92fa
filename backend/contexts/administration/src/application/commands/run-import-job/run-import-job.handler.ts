import { Inject } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { GetSchoolRosterQuery, type ImportReport } from '@preau/contracts';
import { CLOCK, type Clock, newId } from '@preau/kernel';
import { Bus, Outbox } from '@preau/platform';
import { IMPORT_RUN_REPOSITORY, type ImportRunRepository } from '../../../domain/import-run/import-run.repository';
import { applyPlan } from '../../import/apply-import';
import { planImport } from '../../import/import-plan';
import { IMPORT_PROGRESS, type ImportProgress } from '../../ports/import-jobs.port';
import { RunImportJobCommand } from './run-import-job.command';

/**
 * In the worker: a large import, applied whole in this unit of work like a small one. The roster is read again (the
 * school may have changed since the file was sent, and the directory checks again that the actor still administers
 * it). Progress goes out at once, step by step (matched, roster applied, accounts opened), through the progress
 * port; the run itself is written only at the end, so that no row of it is locked while the progress is written.
 */
@CommandHandler(RunImportJobCommand)
export class RunImportJobHandler implements ICommandHandler<RunImportJobCommand, ImportReport | null> {
  constructor(
    private readonly bus: Bus,
    private readonly outbox: Outbox,
    @Inject(IMPORT_RUN_REPOSITORY) private readonly runs: ImportRunRepository,
    @Inject(IMPORT_PROGRESS) private readonly progress: ImportProgress,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async execute(command: RunImportJobCommand): Promise<ImportReport | null> {
    const run = await this.runs.byId(command.importId);
    if (!run || !run.pending || !run.input) return null;
    const total = run.progressTotal;
    await this.progress.report(run.id, 'running', 0, total);
    const roster = await this.bus.query(new GetSchoolRosterQuery(run.actorId, run.schoolId));
    const plan = planImport(roster, run.input.file, run.input.detachLeaving, newId);
    await this.progress.report(run.id, 'running', 1, total);
    const report = await applyPlan(
      this.bus,
      this.outbox,
      { importId: run.id, actorId: run.actorId, schoolId: run.schoolId },
      plan,
      (done) => this.progress.report(run.id, 'running', done, total),
    );
    run.finish(report, this.clock.now());
    return report;
  }
}
