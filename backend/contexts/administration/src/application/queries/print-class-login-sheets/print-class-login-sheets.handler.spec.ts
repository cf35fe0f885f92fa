import {
  type ClassAccess,
  type ClassRelation,
  ErrorCodes,
  GetClassAccessQuery,
  GetPlacementQuery,
  GetPrintableCredentialsQuery,
  GetSchoolRosterQuery,
  ListClassPupilsQuery,
} from '@preau/contracts';
import { DomainError } from '@preau/kernel';
import { FakeBus, FakeClassAccess } from '@preau/platform/testing';
import { RecordingCredentialsPrinter } from '../../../testing/recording-credentials-printer';
import { FERRY_CREDENTIALS, ferryRoster } from '../../../testing/school-roster';
import { PrintClassLoginSheetsHandler } from './print-class-login-sheets.handler';
import { PrintClassLoginSheetsQuery } from './print-class-login-sheets.query';

describe('PrintClassLoginSheetsHandler', () => {
  const teacherPlacement = {
    schools: [{ id: 'ferry', name: 'École Jules Ferry' }],
    classes: [{ id: 'ferry-ce2a', name: 'CE2 A', schoolId: 'ferry' }],
    children: [],
  };
  const setup = (relations: ClassRelation[] | null, pupils = ['zoe', 'chloe'], placement = teacherPlacement) => {
    const access = new FakeClassAccess();
    if (relations) access.grant('actor', 'ferry-ce2a', ['class.read'], { relations, schoolId: 'ferry' });
    const bus = new FakeBus()
      .onQuery(GetClassAccessQuery, ({ personId, classId }): Promise<ClassAccess> => access.of(personId, classId))
      .onQuery(ListClassPupilsQuery, () => pupils)
      .onQuery(GetPrintableCredentialsQuery, ({ accountIds }) => accountIds.map((id) => FERRY_CREDENTIALS[id]))
      .onQuery(GetPlacementQuery, () => placement)
      .onQuery(GetSchoolRosterQuery, () => ferryRoster());
    const printer = new RecordingCredentialsPrinter();
    return { bus, printer, handler: new PrintClassLoginSheetsHandler(bus.asBus(), printer) };
  };

  it("prints one card per pupil of the class for its teacher, sorted by name, with identity's credentials as they stand", async () => {
    const { bus, printer, handler } = setup(['teacher']);
    const printed = await handler.execute(new PrintClassLoginSheetsQuery('actor', 'ferry-ce2a'));
    expect(bus.sentOf(GetClassAccessQuery)).toEqual([expect.objectContaining({ personId: 'actor', classId: 'ferry-ce2a' })]);
    expect(bus.sentOf(ListClassPupilsQuery)).toEqual([expect.objectContaining({ classId: 'ferry-ce2a' })]);
    expect(bus.sentOf(GetPrintableCredentialsQuery)).toEqual([expect.objectContaining({ actorId: 'actor', accountIds: ['zoe', 'chloe'] })]);
    expect(bus.sentOf(GetSchoolRosterQuery)).toEqual([]);
    expect(printer.sheets).toEqual([
      {
        schoolName: 'École Jules Ferry',
        classes: [
          {
            className: 'CE2 A',
            cards: [
              { displayName: 'Chloé LEROY', className: 'CE2 A', login: 'chloe.leroy', firstPassword: null, cardToken: 'PC1.chloe.secret' },
              { displayName: "Zoé N'DIAYE", className: 'CE2 A', login: 'zoe.ndiaye', firstPassword: 'lapin-vert-42', cardToken: 'PC1.zoe.secret' },
            ],
          },
        ],
      },
    ]);
    expect(printed).toEqual({ pdf: Buffer.from('%PDF-sheets'), accounts: 2, filename: 'cartes-ce2-a.pdf', schoolId: 'ferry' });
  });

  it("names the class from the school's roster for an administrator, who teaches no class", async () => {
    const { printer, handler } = setup(['school-admin'], ['zoe'], { ...teacherPlacement, classes: [] });
    const printed = await handler.execute(new PrintClassLoginSheetsQuery('actor', 'ferry-ce2a'));
    expect(printer.sheets[0].classes.map((c) => [c.className, c.cards.map((card) => card.login)])).toEqual([['CE2 A', ['zoe.ndiaye']]]);
    expect(printed.accounts).toBe(1);
  });

  it('prints an empty class without asking identity', async () => {
    const { bus, printer, handler } = setup(['teacher'], []);
    const printed = await handler.execute(new PrintClassLoginSheetsQuery('actor', 'ferry-ce2a'));
    expect(bus.sentOf(GetPrintableCredentialsQuery)).toEqual([]);
    expect(printer.sheets[0].classes).toEqual([{ className: 'CE2 A', cards: [] }]);
    expect(printed.accounts).toBe(0);
  });

  it('answers NOT_FOUND to someone who may not know the class exists, and prints nothing', async () => {
    const { bus, printer, handler } = setup(null);
    await expect(handler.execute(new PrintClassLoginSheetsQuery('actor', 'ferry-ce2a'))).rejects.toMatchObject({ code: ErrorCodes.NOT_FOUND });
    expect(bus.sentOf(ListClassPupilsQuery)).toEqual([]);
    expect(bus.sentOf(GetPrintableCredentialsQuery)).toEqual([]);
    expect(printer.sheets).toEqual([]);
  });

  it.each([['parent'], ['pupil'], ['partner-member']] as [ClassRelation][])('refuses a %s of the class (FORBIDDEN)', async (relation) => {
    const { bus, printer, handler } = setup([relation]);
    await expect(handler.execute(new PrintClassLoginSheetsQuery('actor', 'ferry-ce2a'))).rejects.toMatchObject({
      code: ErrorCodes.FORBIDDEN,
      details: expect.objectContaining({ rule: 'CardsArePrintedByTeachersOrAdministrators' }),
    });
    expect(bus.sentOf(GetPrintableCredentialsQuery)).toEqual([]);
    expect(printer.sheets).toEqual([]);
  });

  it("prints nothing when identity refuses the pupils' credentials", async () => {
    const { bus, printer, handler } = setup(['teacher']);
    const refusal = new DomainError(ErrorCodes.FORBIDDEN, 'You may not print these accounts.');
    bus.onQuery(GetPrintableCredentialsQuery, () => {
      throw refusal;
    });
    await expect(handler.execute(new PrintClassLoginSheetsQuery('actor', 'ferry-ce2a'))).rejects.toBe(refusal);
    expect(printer.sheets).toEqual([]);
  });
});
