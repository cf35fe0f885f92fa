import { Module } from '@nestjs/common';
import { RecordPrintingHandler } from './application/commands/record-printing/record-printing.handler';
import { ReissueClassCardsHandler } from './application/commands/reissue-class-cards/reissue-class-cards.handler';
import { CREDENTIALS_PRINTER } from './application/ports/credentials-printer';
import { PrintFamilyLettersHandler } from './application/queries/print-family-letters/print-family-letters.handler';
import { PrintLoginSheetsHandler } from './application/queries/print-login-sheets/print-login-sheets.handler';
import { PdfkitCredentialsPrinter } from './infrastructure/printing/pdfkit-credentials-printer';
import { PrintingController } from './interface/http/printing.controller';

/** Administration: binds its ports to their adapters, registers its handlers and controllers. */
@Module({
  imports: [],
  controllers: [PrintingController],
  providers: [
    { provide: CREDENTIALS_PRINTER, useClass: PdfkitCredentialsPrinter },
    PrintLoginSheetsHandler,
    PrintFamilyLettersHandler,
    RecordPrintingHandler,
    ReissueClassCardsHandler,
  ],
})
export class AdministrationModule {}
