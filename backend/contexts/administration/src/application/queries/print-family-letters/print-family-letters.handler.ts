import { Inject } from '@nestjs/common';
import { type IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { GetPrintableCredentialsQuery, GetSchoolRosterQuery } from '@preau/contracts';
import { Bus } from '@preau/platform';
import { CREDENTIALS_PRINTER, type CredentialsPrinter, type FamilyLetter, type PrintedDocument } from '../../ports/credentials-printer';
import { byFrenchName, classesToPrint, fileSlug, pupilName, pupilsOf, schoolNameFor } from '../../printing';
import { PrintFamilyLettersQuery } from './print-family-letters.query';

/**
 * Letters to families (docs/product/brief.md, Administration console; docs/product/access-rules.md §5, as the login
 * sheets): one letter per guardian of the class's pupils (or the school's), with their login, their activation code
 * and until when it works, and how to open the account from home. One per guardian, not one per household: a code is
 * personal and single-use (decision 0010), and two parents of a child each get theirs. A guardian's letter names all
 * their children in the school; the letters come in the order of their first child's name, so that a teacher hands
 * them out down the class list.
 *
 * A query, as the login sheets (see PrintLoginSheetsHandler): the interface records the act with `RecordPrintingCommand`.
 */
@QueryHandler(PrintFamilyLettersQuery)
export class PrintFamilyLettersHandler implements IQueryHandler<PrintFamilyLettersQuery, PrintedDocument> {
  constructor(
    private readonly bus: Bus,
    @Inject(CREDENTIALS_PRINTER) private readonly printer: CredentialsPrinter,
  ) {}

  async execute({ actorId, schoolId, classId, publicUrl }: PrintFamilyLettersQuery): Promise<PrintedDocument> {
    const roster = await this.bus.query(new GetSchoolRosterQuery(actorId, schoolId));
    const classes = classesToPrint(roster, classId);
    const selected = pupilsOf(roster, classes);
    const selectedIds = new Set(selected.map((p) => p.id));
    const pupils = new Map(roster.pupils.map((p) => [p.id, p]));
    const classNames = new Map(roster.classes.map((c) => [c.id, c.name]));

    const firstChildName = (childIds: readonly string[]) =>
      childIds
        .filter((id) => selectedIds.has(id))
        .map((id) => pupils.get(id))
        .filter((p) => p !== undefined)
        .map(pupilName)
        .sort(byFrenchName)[0] ?? '';
    const guardians = roster.guardians
      .filter((g) => g.childIds.some((id) => selectedIds.has(id)))
      .map((g) => ({ guardian: g, sortKey: firstChildName(g.childIds) }))
      .sort((a, b) => byFrenchName(a.sortKey, b.sortKey) || byFrenchName(a.guardian.lastName, b.guardian.lastName))
      .map(({ guardian }) => guardian);

    const credentials = guardians.length
      ? await this.bus.query(new GetPrintableCredentialsQuery(actorId, guardians.map((g) => g.id)))
      : [];
    const byId = new Map(credentials.map((c) => [c.id, c]));
    const letters = guardians.flatMap((guardian): FamilyLetter[] => {
      const printable = byId.get(guardian.id);
      if (!printable) return [];
      const children = guardian.childIds
        .map((id) => pupils.get(id))
        .filter((p) => p !== undefined)
        .map((p) => ({ displayName: pupilName(p), className: p.classId ? (classNames.get(p.classId) ?? null) : null }))
        .sort((a, b) => byFrenchName(a.displayName, b.displayName));
      return [
        {
          guardianName: printable.displayName,
          login: printable.login,
          children,
          activationCode: printable.activationCode,
          activationExpiresAt: printable.activationExpiresAt,
        },
      ];
    });

    const schoolName = await schoolNameFor(this.bus, actorId, schoolId);
    const pdf = await this.printer.familyLetters({ schoolName, publicUrl, letters });
    const only = classId === null ? null : classes[0];
    return { pdf, accounts: letters.length, filename: `${fileSlug('lettres-familles', only ? only.name : schoolName)}.pdf` };
  }
}
