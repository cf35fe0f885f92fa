import type { ImportJobView, ImportKind, ImportReport } from '@preau/contracts';
import type { Id } from '@preau/kernel';
import type { RosterFile } from './roster-file';

export type ImportState = ImportJobView['state'];

/** What a queued run keeps until the worker applies it: the file as read, and the administrator's choice. */
export interface ImportInput {
  file: RosterFile;
  detachLeaving: boolean;
}

/**
 * One import of a file into a school (docs/product/brief.md, ONDE imports): applied at once (recorded done), or
 * queued as a job the worker runs, whose progress the console polls. Keeps the report it ended with; the rows it
 * was given are dropped once it has run.
 */
export class ImportRun {
  constructor(
    readonly id: Id,
    readonly schoolId: Id,
    readonly actorId: Id,
    readonly kind: ImportKind,
    public state: ImportState,
    public progressDone: number,
    public progressTotal: number,
    public report: ImportReport | null,
    public failure: string | null,
    public input: ImportInput | null,
    readonly createdAt: Date,
    public finishedAt: Date | null,
  ) {}

  /** A run applied within the request that brought the file. */
  static applied(id: Id, schoolId: Id, actorId: Id, report: ImportReport, at: Date): ImportRun {
    return new ImportRun(id, schoolId, actorId, report.kind, 'done', 1, 1, report, null, null, at, at);
  }

  /** A run for the worker: the rows wait in `input`. */
  static queued(id: Id, schoolId: Id, actorId: Id, input: ImportInput, steps: number, at: Date): ImportRun {
    return new ImportRun(id, schoolId, actorId, input.file.kind, 'queued', 0, steps, null, null, input, at, null);
  }

  get pending(): boolean {
    return this.state === 'queued' || this.state === 'running';
  }

  finish(report: ImportReport, at: Date): void {
    this.state = 'done';
    this.report = report;
    this.progressDone = this.progressTotal;
    this.input = null;
    this.finishedAt = at;
  }

  fail(reason: string, at: Date): void {
    if (!this.pending) return;
    this.state = 'failed';
    this.failure = reason.slice(0, 500);
    this.input = null;
    this.finishedAt = at;
  }

  view(): ImportJobView {
    return {
      id: this.id,
      schoolId: this.schoolId,
      kind: this.kind,
      state: this.state,
      progress: { done: this.progressDone, total: this.progressTotal },
      report: this.report,
      failure: this.failure,
    };
  }
}
