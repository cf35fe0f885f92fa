import { Inject } from '@nestjs/common';
import { type IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { ErrorCodes, GetSchoolRosterQuery, type ImportJobView } from '@preau/contracts';
import { DomainError } from '@preau/kernel';
import { Bus } from '@preau/platform';
import { IMPORT_RUN_REPOSITORY, type ImportRunRepository } from '../../../domain/import-run/import-run.repository';
import { GetImportJobQuery } from './get-import-job.query';

/**
 * The actor who started the import reads it; so does anyone the directory lets import into that school (it answers
 * its roster to them, and refuses anyone else). Everyone else gets 404: they may not know it exists.
 */
@QueryHandler(GetImportJobQuery)
export class GetImportJobHandler implements IQueryHandler<GetImportJobQuery, ImportJobView> {
  constructor(
    private readonly bus: Bus,
    @Inject(IMPORT_RUN_REPOSITORY) private readonly runs: ImportRunRepository,
  ) {}

  async execute(query: GetImportJobQuery): Promise<ImportJobView> {
    const run = await this.runs.byId(query.importId);
    if (!run) throw new DomainError(ErrorCodes.NOT_FOUND, 'No such import.');
    if (run.actorId !== query.actorId) {
      const administers = await this.bus.query(new GetSchoolRosterQuery(query.actorId, run.schoolId)).then(
        () => true,
        (error: unknown) => {
          if (error instanceof DomainError) return false;
          throw error;
        },
      );
      if (!administers) throw new DomainError(ErrorCodes.NOT_FOUND, 'No such import.');
    }
    return run.view();
  }
}
