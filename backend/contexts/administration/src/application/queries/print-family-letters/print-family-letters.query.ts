import { Query } from '@preau/contracts';
import type { PrintedDocument } from '../../ports/credentials-printer';

/**
 * The letters to the families of one class of school S (or of all its classes when `classId` is null), as a PDF.
 * `publicUrl`: where Préau answers, printed on the letters (the configured public address, else the request's origin).
 */
export class PrintFamilyLettersQuery extends Query<PrintedDocument> {
  constructor(
    readonly actorId: string,
    readonly schoolId: string,
    readonly classId: string | null,
    readonly publicUrl: string,
  ) {
    super();
  }
}
