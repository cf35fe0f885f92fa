import { EntityManager } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import type { ImportProgress } from '../../application/ports/import-jobs.port';

/**
 * A job's progress, on a connection of the pool (autocommit), never the job's transaction: the console sees each
 * step while the import itself is still uncommitted. A store's own mechanics (docs/decisions/0009): the run
 * aggregate is written by the job only at its end, so this update never waits on a lock the job holds.
 */
@Injectable()
export class SqlImportProgress implements ImportProgress {
  constructor(private readonly em: EntityManager) {}

  async report(importId: string, state: 'running', done: number, total: number): Promise<void> {
    await this.em
      .getConnection()
      .execute(
        `update administration.import_run set state = ?, progress_done = ?, progress_total = ? where id = ? and state in ('queued', 'running')`,
        [state, done, total, importId],
        'run',
      );
  }
}
