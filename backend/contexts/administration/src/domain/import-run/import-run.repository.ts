import type { Id } from '@preau/kernel';
import type { ImportRun } from './import-run';

export interface ImportRunRepository {
  byId(id: Id): Promise<ImportRun | null>;
  add(run: ImportRun): void;
  /** Runs still queued or running, begun before `before` (a job lost for good). */
  pendingSince(before: Date): Promise<ImportRun[]>;
}

export const IMPORT_RUN_REPOSITORY = Symbol('ImportRunRepository');
