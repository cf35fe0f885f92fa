import { Query } from '@preau/contracts';
import type { PrintedDocument } from '../../ports/credentials-printer';

/** A class's login sheets as its teacher prints them: the PDF, and the school it belongs to (for the audit). */
export interface ClassLoginSheets extends PrintedDocument {
  schoolId: string;
}

/** The login sheets of class C, one card per pupil, as a PDF: for its teachers (and its school's administrators). */
export class PrintClassLoginSheetsQuery extends Query<ClassLoginSheets> {
  constructor(
    readonly actorId: string,
    readonly classId: string,
  ) {
    super();
  }
}
