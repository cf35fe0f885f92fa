import { Command } from '@preau/contracts';

/** Items whose processing was lost for good (a job failed without a last attempt) end failed, never stuck. → how many. */
export class FailStaleProcessingCommand extends Command<number> {
  constructor(readonly olderThanMs: number) {
    super();
  }
}
