import { Command, type ImportReport } from '@preau/contracts';

/** The worker runs a queued import (idempotent: a run already over is left alone, answered null). */
export class RunImportJobCommand extends Command<ImportReport | null> {
  constructor(readonly importId: string) {
    super();
  }
}
