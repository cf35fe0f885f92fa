import type { Id } from '@preau/kernel';
import type { ImportState } from '../../domain/import-run/import-run';

/** Hands a queued import to the worker (a queue: the job's id is the import's, so handing it twice makes one job). */
export interface ImportJobs {
  enqueue(importId: Id): Promise<void>;
}

export const IMPORT_JOBS = Symbol('ImportJobs');

/**
 * A running job's progress, written at once and outside the job's unit of work, so that the console sees it move
 * while the import itself (one transaction: a file is applied whole or not at all) is still running.
 */
export interface ImportProgress {
  report(importId: Id, state: Extract<ImportState, 'running'>, done: number, total: number): Promise<void>;
}

export const IMPORT_PROGRESS = Symbol('ImportProgress');
