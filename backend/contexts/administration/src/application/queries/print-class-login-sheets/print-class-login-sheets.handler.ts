import { Inject } from '@nestjs/common';
import { type IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import {
  type ClassRelation,
  ErrorCodes,
  GetClassAccessQuery,
  GetPlacementQuery,
  GetPrintableCredentialsQuery,
  GetSchoolRosterQuery,
  ListClassPupilsQuery,
} from '@preau/contracts';
import { DomainError } from '@preau/kernel';
import { Bus } from '@preau/platform';
import { CREDENTIALS_PRINTER, type CredentialsPrinter, type LoginCard } from '../../ports/credentials-printer';
import { byFrenchName, fileSlug } from '../../printing';
import { type ClassLoginSheets, PrintClassLoginSheetsQuery } from './print-class-login-sheets.query';

/** Who prints a class's cards: those who reprint them (its teachers, its school's administrators). */
const MAY_PRINT: readonly ClassRelation[] = ['teacher', 'school-admin', 'academy-admin'];

/**
 * A class's login sheets printed by its teacher (issue 11: a card "is revoked when the teacher reprints the card";
 * docs/product/access-rules.md, Administration: a teacher gives the pupils of their classes a new card, and prints
 * it). The same sheets as the school's route, from the class's side: the directory says who stands where (a stranger
 * does not learn the class exists: 404; a parent or a pupil of the class: 403) and who the pupils are; identity gives
 * the pupils' credentials as they stand and checks again that the actor may print them ('print'). Only pupils: a
 * teacher never prints a family's letter.
 *
 * A query: printing changes nothing; the HTTP interface records the print (`RecordPrintingCommand`) before the PDF
 * leaves, with the class's school this query answers.
 */
@QueryHandler(PrintClassLoginSheetsQuery)
export class PrintClassLoginSheetsHandler implements IQueryHandler<PrintClassLoginSheetsQuery, ClassLoginSheets> {
  constructor(
    private readonly bus: Bus,
    @Inject(CREDENTIALS_PRINTER) private readonly printer: CredentialsPrinter,
  ) {}

  async execute({ actorId, classId }: PrintClassLoginSheetsQuery): Promise<ClassLoginSheets> {
    const access = await this.bus.query(new GetClassAccessQuery(actorId, classId));
    if (!access.known || !access.schoolId) throw new DomainError(ErrorCodes.NOT_FOUND, 'No such class.');
    if (!access.relations.some((r) => MAY_PRINT.includes(r)))
      throw new DomainError(ErrorCodes.FORBIDDEN, "Only the class's teachers and the school's administrators print its cards.", {
        rule: 'CardsArePrintedByTeachersOrAdministrators',
      });
    const schoolId = access.schoolId;
    const pupilIds = await this.bus.query(new ListClassPupilsQuery(classId));
    const credentials = pupilIds.length ? await this.bus.query(new GetPrintableCredentialsQuery(actorId, pupilIds)) : [];
    const { schoolName, className } = await this.names(actorId, schoolId, classId);

    const cards = credentials
      .map(
        (c): LoginCard => ({
          displayName: c.displayName,
          className,
          login: c.login,
          firstPassword: c.firstPassword,
          cardToken: c.cardToken,
        }),
      )
      .sort((a, b) => byFrenchName(a.displayName, b.displayName));
    const pdf = await this.printer.loginSheets({ schoolName, classes: [{ className, cards }] });
    return { pdf, accounts: cards.length, filename: `${fileSlug('cartes', className)}.pdf`, schoolId };
  }

  /**
   * The school's and the class's names for the page headers: a teacher's placement lists the classes they teach and
   * their schools; an administrator's lists the schools they run, and their roster names the classes.
   */
  private async names(actorId: string, schoolId: string, classId: string): Promise<{ schoolName: string; className: string }> {
    const placement = await this.bus.query(new GetPlacementQuery(actorId));
    const schoolName = placement.schools.find((s) => s.id === schoolId)?.name ?? '';
    const taught = placement.classes.find((c) => c.id === classId);
    if (taught) return { schoolName, className: taught.name };
    const roster = await this.bus.query(new GetSchoolRosterQuery(actorId, schoolId));
    return { schoolName, className: roster.classes.find((c) => c.id === classId)?.name ?? '' };
  }
}
