import { Command } from '@preau/contracts';

/**
 * Marks failed, with what to tell the administrator: one job whose run threw (`importId`), or every run still
 * pending since before `olderThanMs` (a job lost for good: housekeeping) → how many were marked.
 */
export class FailImportJobsCommand extends Command<number> {
  constructor(readonly which: { importId: string; reason: string } | { olderThanMs: number }) {
    super();
  }
}
