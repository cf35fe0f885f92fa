import { MikroOrmModule } from '@mikro-orm/nestjs';
import { Module } from '@nestjs/common';
import { CreateStaffHandler } from './application/commands/create-staff/create-staff.handler';
import { FailImportJobsHandler } from './application/commands/fail-import-jobs/fail-import-jobs.handler';
import { ImportOndeFileHandler } from './application/commands/import-onde-file/import-onde-file.handler';
import { RunImportJobHandler } from './application/commands/run-import-job/run-import-job.handler';
import { DEFAULT_IMPORT_SETTINGS, IMPORT_SETTINGS, type ImportSettings } from './application/import/import-limits';
import { IMPORT_JOBS, IMPORT_PROGRESS } from './application/ports/import-jobs.port';
import { ROSTER_FILE_READER } from './application/ports/roster-file-reader.port';
import { GetImportJobHandler } from './application/queries/get-import-job/get-import-job.handler';
import { ListAdminUsersHandler } from './application/queries/list-admin-users/list-admin-users.handler';
import { IMPORT_RUN_REPOSITORY } from './domain/import-run/import-run.repository';
import { OndeFileReader } from './infrastructure/onde/onde-file-reader';
import { ImportRunSchema } from './infrastructure/persistence/import-run.schema';
import { MikroOrmImportRunRepository } from './infrastructure/persistence/mikro-orm-import-run.repository';
import { SqlImportProgress } from './infrastructure/persistence/sql-import-progress';
import { ImportJobRunner } from './infrastructure/queue/import-job.runner';
import { ImportsController } from './interface/http/imports.controller';
import { PeopleController } from './interface/http/people.controller';

/** Administration: binds its ports to their adapters, registers its handlers and controllers. */
@Module({
  imports: [
    MikroOrmModule.forFeature([ImportRunSchema]),
    // printing (admin-print): its schemas, if any
  ],
  controllers: [
    ImportsController,
    PeopleController,
    // printing (admin-print): PrintingController
  ],
  providers: [
    // ---- imports, people, staff (admin-import) ----
    { provide: IMPORT_SETTINGS, useValue: DEFAULT_IMPORT_SETTINGS },
    {
      provide: ROSTER_FILE_READER,
      inject: [IMPORT_SETTINGS],
      useFactory: (settings: ImportSettings) => new OndeFileReader(settings),
    },
    { provide: IMPORT_RUN_REPOSITORY, useClass: MikroOrmImportRunRepository },
    { provide: IMPORT_PROGRESS, useClass: SqlImportProgress },
    ImportJobRunner,
    { provide: IMPORT_JOBS, useExisting: ImportJobRunner },
    ImportOndeFileHandler,
    RunImportJobHandler,
    FailImportJobsHandler,
    GetImportJobHandler,
    ListAdminUsersHandler,
    CreateStaffHandler,
    // ---- printing (admin-print): its adapters and handlers ----
  ],
  exports: [ImportJobRunner],
})
export class AdministrationModule {}
