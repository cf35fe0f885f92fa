import { ErrorCodes } from '@preau/contracts';
/**
 * The limits of an import (docs/product/api-conventions.md, admin routes). A file over MAX_IMPORT_BYTES is refused
 * with 413 before it is read; a real run of more than IMPORT_JOB_THRESHOLD_ROWS rows answers 202 and runs as a job
 * in the worker (progress at GET /admin/imports/:id); a dry run always answers at once (it writes nothing).
 */
export interface ImportSettings {
  maxBytes: number;
  maxRows: number;
  jobThresholdRows: number;
}

export const MAX_IMPORT_BYTES = 2 * 1024 * 1024;
/** A large école élémentaire has 400 pupils; 5,000 rows is far beyond any one school's extraction. */
export const MAX_IMPORT_ROWS = 5000;
export const IMPORT_JOB_THRESHOLD_ROWS = 150;

export const DEFAULT_IMPORT_SETTINGS: ImportSettings = {
  maxBytes: MAX_IMPORT_BYTES,
  maxRows: MAX_IMPORT_ROWS,
  jobThresholdRows: IMPORT_JOB_THRESHOLD_ROWS,
};

export const IMPORT_SETTINGS = Symbol('ImportSettings');

/** Stable codes of a file refused whole (published in the contracts' ErrorCodes: clients switch on them). */
export const ImportErrorCodes = {
  ONDE_COLUMN_MISSING: ErrorCodes.ONDE_COLUMN_MISSING,
  ONDE_NOT_CSV: ErrorCodes.ONDE_NOT_CSV,
  ONDE_UNKNOWN_FORMAT: ErrorCodes.ONDE_UNKNOWN_FORMAT,
} as const;
