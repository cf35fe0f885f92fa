import { Inject, Injectable, Logger } from '@nestjs/common';
import { type BackgroundWork, Bus, QUEUES, type Queues } from '@preau/platform';
import type { Job, Worker } from 'bullmq';
import { FailImportJobsCommand } from '../../application/commands/fail-import-jobs/fail-import-jobs.command';
import { RunImportJobCommand } from '../../application/commands/run-import-job/run-import-job.command';
import type { ImportJobs } from '../../application/ports/import-jobs.port';

export const IMPORT_QUEUE = 'administration-imports';
/** Longer than any import takes: a run still pending after this was lost (housekeeping marks it failed). */
const STALE_AFTER_MS = 60 * 60_000;

/**
 * Large imports (above the threshold of docs/product/api-conventions.md) run here, in the worker: the API queues the
 * run's id once the run is committed (job id = import id, so queueing twice makes one job); the job applies the file
 * in one unit of work, reporting its progress as it goes. One attempt: a failed import is rolled back whole and
 * marked failed with its reason, and the administrator sends the file again (re-import is safe).
 */
@Injectable()
export class ImportJobRunner implements ImportJobs, BackgroundWork {
  private readonly logger = new Logger('ImportJobs');
  private worker: Worker | null = null;

  constructor(
    @Inject(QUEUES) private readonly queues: Queues,
    private readonly bus: Bus,
  ) {}

  async enqueue(importId: string): Promise<void> {
    await this.queues
      .queue(IMPORT_QUEUE)
      .add('import', { importId }, { jobId: importId, attempts: 1, removeOnComplete: 1000, removeOnFail: 1000 });
  }

  start(): void {
    this.worker ??= this.queues.worker(IMPORT_QUEUE, (job: Job<{ importId: string }>) => this.run(job.data.importId), {
      concurrency: 1,
      lockDuration: 120_000,
      stalledInterval: 60_000,
    });
  }

  async stop(): Promise<void> {
    await this.worker?.close();
    this.worker = null;
  }

  async housekeep(): Promise<string | null> {
    const failed = await this.bus.command(new FailImportJobsCommand({ olderThanMs: STALE_AFTER_MS }));
    return failed ? `${failed} imports lost in the queue marked failed` : null;
  }

  /** Runs one import; its failure is recorded (in a unit of work of its own), never thrown back to the queue. */
  async run(importId: string): Promise<'done' | 'skipped' | 'failed'> {
    try {
      return (await this.bus.command(new RunImportJobCommand(importId))) ? 'done' : 'skipped';
    } catch (error) {
      const reason =
        error instanceof Error && 'code' in error
          ? error.message
          : 'The import failed; nothing of the file was applied.';
      this.logger.warn(`import ${importId} failed: ${error instanceof Error ? error.message : String(error)}`);
      await this.bus.command(new FailImportJobsCommand({ importId, reason }));
      return 'failed';
    }
  }
}
