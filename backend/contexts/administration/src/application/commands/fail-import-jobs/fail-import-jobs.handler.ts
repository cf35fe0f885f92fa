import { Inject } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { CLOCK, type Clock } from '@preau/kernel';
import { IMPORT_RUN_REPOSITORY, type ImportRunRepository } from '../../../domain/import-run/import-run.repository';
import { FailImportJobsCommand } from './fail-import-jobs.command';

/** A job's failure is recorded in a unit of work of its own, after the job's rolled back: nothing of the file was applied. */
@CommandHandler(FailImportJobsCommand)
export class FailImportJobsHandler implements ICommandHandler<FailImportJobsCommand, number> {
  constructor(
    @Inject(IMPORT_RUN_REPOSITORY) private readonly runs: ImportRunRepository,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async execute({ which }: FailImportJobsCommand): Promise<number> {
    const now = this.clock.now();
    if ('importId' in which) {
      const run = await this.runs.byId(which.importId);
      if (!run?.pending) return 0;
      run.fail(which.reason, now);
      return 1;
    }
    const stale = await this.runs.pendingSince(new Date(now.getTime() - which.olderThanMs));
    for (const run of stale)
      run.fail('The import was interrupted; nothing of the file was applied. Send it again.', now);
    return stale.length;
  }
}
