import { Command, type ImportJobView, type ImportReport } from '@preau/contracts';

/** A report (a dry run, or a file applied at once), or a job the console follows (a large file, for real). */
export type ImportOutcome = { report: ImportReport; job?: never } | { job: ImportJobView; report?: never };

/** An administrator imports an ONDE file into a school: a dry run by default; `detachLeaving` only when confirmed. */
export class ImportOndeFileCommand extends Command<ImportOutcome> {
  constructor(
    readonly actorId: string,
    readonly schoolId: string,
    readonly file: Buffer,
    readonly dryRun: boolean,
    readonly detachLeaving: boolean,
  ) {
    super();
  }
}
