import { Inject } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { GetSchoolRosterQuery } from '@preau/contracts';
import { CLOCK, type Clock, newId } from '@preau/kernel';
import { Bus, Outbox } from '@preau/platform';
import { ImportRun } from '../../../domain/import-run/import-run';
import { IMPORT_RUN_REPOSITORY, type ImportRunRepository } from '../../../domain/import-run/import-run.repository';
import { applyPlan, IMPORT_JOB_STEPS } from '../../import/apply-import';
import { IMPORT_SETTINGS, type ImportSettings } from '../../import/import-limits';
import { planImport } from '../../import/import-plan';
import { IMPORT_JOBS, type ImportJobs } from '../../ports/import-jobs.port';
import { ROSTER_FILE_READER, type RosterFileReader } from '../../ports/roster-file-reader.port';
import { ImportOndeFileCommand, type ImportOutcome } from './import-onde-file.command';

/**
 * POST /admin/schools/:schoolId/imports (docs/product/brief.md, ONDE imports). Who may import into a school is the
 * directory's to say: its roster query refuses anyone else (403, or 404 for a school they may not know), before the
 * file is even read. A dry run reports and writes nothing; a real run applies the file in this unit of work, or,
 * above the settings' threshold of rows, queues it for the worker and answers its job.
 */
@CommandHandler(ImportOndeFileCommand)
export class ImportOndeFileHandler implements ICommandHandler<ImportOndeFileCommand, ImportOutcome> {
  constructor(
    private readonly bus: Bus,
    private readonly outbox: Outbox,
    @Inject(ROSTER_FILE_READER) private readonly reader: RosterFileReader,
    @Inject(IMPORT_RUN_REPOSITORY) private readonly runs: ImportRunRepository,
    @Inject(IMPORT_JOBS) private readonly jobs: ImportJobs,
    @Inject(IMPORT_SETTINGS) private readonly settings: ImportSettings,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async execute(command: ImportOndeFileCommand): Promise<ImportOutcome> {
    const roster = await this.bus.query(new GetSchoolRosterQuery(command.actorId, command.schoolId));
    const file = this.reader.read(command.file);
    if (command.dryRun) {
      const plan = planImport(roster, file, command.detachLeaving, newId);
      return { report: { ...plan.report, dryRun: true, detached: false } };
    }
    const id = newId();
    if (file.rows.length > this.settings.jobThresholdRows) {
      const run = ImportRun.queued(
        id,
        command.schoolId,
        command.actorId,
        { file, detachLeaving: command.detachLeaving },
        IMPORT_JOB_STEPS,
        this.clock.now(),
      );
      this.runs.add(run);
      // Handed to the worker once the run is committed (the job reads it); a run never handed over is failed by housekeeping.
      this.bus.afterCommit(() => this.jobs.enqueue(id));
      return { job: run.view() };
    }
    const plan = planImport(roster, file, command.detachLeaving, newId);
    const report = await applyPlan(
      this.bus,
      this.outbox,
      { importId: id, actorId: command.actorId, schoolId: command.schoolId },
      plan,
    );
    this.runs.add(ImportRun.applied(id, command.schoolId, command.actorId, report, this.clock.now()));
    return { report };
  }
}
