import { Command } from '@preau/contracts';
import type { Id } from '@preau/kernel';
import type { PersonSnapshot } from '../../../domain';

/** A reader opened a published article (reading receipts for the teacher; "new" badges for the reader). */
export class RecordArticleReadCommand extends Command<void> {
  constructor(
    readonly reader: PersonSnapshot,
    readonly articleId: Id,
  ) {
    super();
  }
}
