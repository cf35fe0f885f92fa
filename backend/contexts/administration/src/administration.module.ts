import { MikroOrmModule } from '@mikro-orm/nestjs';
import { Module } from '@nestjs/common';
import { CreateStaffHandler } from './application/commands/create-staff/create-staff.handler';
import { FailImportJobsHandler } from './application/commands/fail-import-jobs/fail-import-jobs.handler';
import { ImportOndeFileHandler } from './application/commands/import-onde-file/import-onde-file.handler';
import { RecordPrintingHandler } from './application/commands/record-printing/record-printing.handler';
import { ReissueClassCardsHandler } from './application/commands/reissue-class-cards/reissue-class-cards.handler';
import { RunImportJobHandler } from './application/commands/run-import-job/run-import-job.handler';
import { DEFAULT_IMPORT_SETTINGS, IMPORT_SETTINGS, type ImportSettings } from './application/import/import-limits';
import { CREDENTIALS_PRINTER } from './application/ports/credentials-printer';
import { IMPORT_JOBS, IMPORT_PROGRESS } from './application/ports/import-jobs.port';
import { ROSTER_FILE_READER } from './application/ports/roster-file-reader.port';
import { GetAdminUserHandler } from './application/queries/get-admin-user/get-admin-user.handler';
import { GetImportJobHandler } from './application/queries/get-import-job/get-import-job.handler';
import { ListAdminUsersHandler } from './application/queries/list-admin-users/list-admin-users.handler';
import { PrintFamilyLettersHandler } from './application/queries/print-family-letters/print-family-letters.handler';
import { PrintClassLoginSheetsHandler } from './application/queries/print-class-login-sheets/print-class-login-sheets.handler';
import { PrintLoginSheetsHandler } from './application/queries/print-login-sheets/print-login-sheets.handler';
import { IMPORT_RUN_REPOSITORY } from './domain/import-run/import-run.repository';
import { OndeFileReader } from './infrastructure/onde/onde-file-reader';
import { ImportRunSchema } from './infrastructure/persistence/import-run.schema';
import { MikroOrmImportRunRepository } from './infrastructure/persistence/mikro-orm-import-run.repository';
import { SqlImportProgress } from './infrastructure/persistence/sql-import-progress';
import { PdfkitCredentialsPrinter } from './infrastructure/printing/pdfkit-credentials-printer';
import { ImportJobRunner } from './infrastructure/queue/import-job.runner';
import { ImportsController } from './interface/http/imports.controller';
import { PeopleController } from './interface/http/people.controller';
import { ClassPrintingController, PrintingController } from './interface/http/printing.controller';

/** Administration: binds its ports to their adapters, registers its handlers and controllers. */
@Module({
  imports: [MikroOrmModule.forFeature([ImportRunSchema])],
  controllers: [ImportsController, PeopleController, PrintingController, ClassPrintingController],
  providers: [
    // ---- imports, people, staff ----
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
    GetAdminUserHandler,
    CreateStaffHandler,
    // ---- printing ----
    { provide: CREDENTIALS_PRINTER, useClass: PdfkitCredentialsPrinter },
    PrintLoginSheetsHandler,
    PrintClassLoginSheetsHandler,
    PrintFamilyLettersHandler,
    RecordPrintingHandler,
    ReissueClassCardsHandler,
  ],
  exports: [ImportJobRunner],
})
export class AdministrationModule {}
