import { Inject } from '@nestjs/common';
import { type IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { GetPrintableCredentialsQuery, GetSchoolRosterQuery } from '@preau/contracts';
import { Bus } from '@preau/platform';
import { CREDENTIALS_PRINTER, type CredentialsPrinter, type LoginCard, type PrintedDocument } from '../../ports/credentials-printer';
import { byFrenchName, classesToPrint, fileSlug, pupilsOf, schoolNameFor } from '../../printing';
import { PrintLoginSheetsQuery } from './print-login-sheets.query';

/**
 * Login sheets (docs/product/brief.md, Administration console; docs/product/access-rules.md §5: "print login sheets",
 * a school's director or its academy's administrators): one card per pupil of the class, or of every class of the
 * school, with their login, first password and QR card. The directory's roster decides who may (403/404 otherwise) and
 * who is in the class; identity gives the credentials as they stand (derived, decision 0010: printing twice prints
 * the same) and checks again that the actor may print them.
 *
 * A query, not a command: printing changes nothing (the route is a safe, repeatable GET). Printing is still an act the
 * audit log records: the HTTP interface sends `RecordPrintingCommand` once the PDF is made, before it leaves.
 */
@QueryHandler(PrintLoginSheetsQuery)
export class PrintLoginSheetsHandler implements IQueryHandler<PrintLoginSheetsQuery, PrintedDocument> {
  constructor(
    private readonly bus: Bus,
    @Inject(CREDENTIALS_PRINTER) private readonly printer: CredentialsPrinter,
  ) {}

  async execute({ actorId, schoolId, classId }: PrintLoginSheetsQuery): Promise<PrintedDocument> {
    const roster = await this.bus.query(new GetSchoolRosterQuery(actorId, schoolId));
    const classes = classesToPrint(roster, classId);
    const pupils = pupilsOf(roster, classes);
    const credentials = pupils.length
      ? await this.bus.query(new GetPrintableCredentialsQuery(actorId, pupils.map((p) => p.id)))
      : [];
    const byId = new Map(credentials.map((c) => [c.id, c]));
    const schoolName = await schoolNameFor(this.bus, actorId, schoolId);

    const sheets = classes.map((schoolClass) => ({
      className: schoolClass.name,
      cards: pupils
        .filter((p) => p.classId === schoolClass.id)
        .flatMap((p): LoginCard[] => {
          const printable = byId.get(p.id);
          return printable
            ? [
                {
                  displayName: printable.displayName,
                  className: schoolClass.name,
                  login: printable.login,
                  firstPassword: printable.firstPassword,
                  cardToken: printable.cardToken,
                },
              ]
            : [];
        })
        .sort((a, b) => byFrenchName(a.displayName, b.displayName)),
    }));
    const pdf = await this.printer.loginSheets({ schoolName, classes: sheets });
    const only = classId === null ? null : classes[0];
    return {
      pdf,
      accounts: sheets.reduce((sum, s) => sum + s.cards.length, 0),
      filename: `${fileSlug('cartes', only ? only.name : schoolName)}.pdf`,
    };
  }
}
