import { type ImportJobView, Query } from '@preau/contracts';

/** GET /admin/imports/:importId: an import's state, progress and report. */
export class GetImportJobQuery extends Query<ImportJobView> {
  constructor(
    readonly actorId: string,
    readonly importId: string,
  ) {
    super();
  }
}
