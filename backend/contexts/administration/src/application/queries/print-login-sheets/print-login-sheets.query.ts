import { Query } from '@preau/contracts';
import type { PrintedDocument } from '../../ports/credentials-printer';

/** The login sheets of one class of school S (or of all its classes when `classId` is null), as a PDF. */
export class PrintLoginSheetsQuery extends Query<PrintedDocument> {
  constructor(
    readonly actorId: string,
    readonly schoolId: string,
    readonly classId: string | null,
  ) {
    super();
  }
}
