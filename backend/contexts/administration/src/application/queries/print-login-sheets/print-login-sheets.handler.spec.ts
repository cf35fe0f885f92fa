import { ErrorCodes, GetPlacementQuery, GetPrintableCredentialsQuery, GetSchoolRosterQuery } from '@preau/contracts';
import { DomainError } from '@preau/kernel';
import { FakeBus } from '@preau/platform/testing';
import { RecordingCredentialsPrinter } from '../../../testing/recording-credentials-printer';
import { FERRY_CREDENTIALS, ferryRoster } from '../../../testing/school-roster';
import { PrintLoginSheetsHandler } from './print-login-sheets.handler';
import { PrintLoginSheetsQuery } from './print-login-sheets.query';

describe('PrintLoginSheetsHandler', () => {
  const setup = (roster: () => ReturnType<typeof ferryRoster> = ferryRoster) => {
    const bus = new FakeBus()
      .onQuery(GetSchoolRosterQuery, () => roster())
      .onQuery(GetPrintableCredentialsQuery, ({ accountIds }) => accountIds.map((id) => FERRY_CREDENTIALS[id]))
      .onQuery(GetPlacementQuery, () => ({ schools: [{ id: 'ferry', name: 'École Jules Ferry' }], classes: [], children: [] }));
    const printer = new RecordingCredentialsPrinter();
    return { bus, printer, handler: new PrintLoginSheetsHandler(bus.asBus(), printer) };
  };

  it("prints one card per pupil of the class, sorted by name, with identity's credentials as they stand", async () => {
    const { bus, printer, handler } = setup();
    const printed = await handler.execute(new PrintLoginSheetsQuery('ferry.direction', 'ferry', 'ferry-ce2a'));
    expect(bus.sentOf(GetSchoolRosterQuery)).toEqual([expect.objectContaining({ actorId: 'ferry.direction', schoolId: 'ferry' })]);
    expect(bus.sentOf(GetPrintableCredentialsQuery)).toEqual([
      expect.objectContaining({ actorId: 'ferry.direction', accountIds: ['zoe', 'chloe'] }),
    ]);
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
    expect(printed).toEqual({ pdf: Buffer.from('%PDF-sheets'), accounts: 2, filename: 'cartes-ce2-a.pdf' });
  });

  it('prints every class of the school, in order of their names, when no class is given', async () => {
    const { printer, handler } = setup();
    const printed = await handler.execute(new PrintLoginSheetsQuery('ferry.direction', 'ferry', null));
    expect(printer.sheets[0].classes.map((c) => [c.className, c.cards.map((card) => card.login)])).toEqual([
      ['CE2 A', ['chloe.leroy', 'zoe.ndiaye']],
      ['CM1', ['noe.ndiaye']],
    ]);
    expect(printed.accounts).toBe(3);
    expect(printed.filename).toBe('cartes-ecole-jules-ferry.pdf');
  });

  it('answers NOT_FOUND for a class the school does not have (and asks identity nothing)', async () => {
    const { bus, printer, handler } = setup();
    await expect(handler.execute(new PrintLoginSheetsQuery('ferry.direction', 'ferry', 'curie-cm2'))).rejects.toMatchObject({
      code: ErrorCodes.NOT_FOUND,
    });
    expect(bus.sentOf(GetPrintableCredentialsQuery)).toEqual([]);
    expect(printer.sheets).toEqual([]);
  });

  it('prints an empty class without asking identity', async () => {
    const { bus, printer, handler } = setup(() => ({ ...ferryRoster(), pupils: [] }));
    const printed = await handler.execute(new PrintLoginSheetsQuery('ferry.direction', 'ferry', 'ferry-ce2a'));
    expect(bus.sentOf(GetPrintableCredentialsQuery)).toEqual([]);
    expect(printer.sheets[0].classes).toEqual([{ className: 'CE2 A', cards: [] }]);
    expect(printed.accounts).toBe(0);
  });

  it.each([
    ['the directory refuses the roster to someone who does not run the school', new DomainError(ErrorCodes.FORBIDDEN, 'no')],
    ['the directory does not let a stranger know the school exists', new DomainError(ErrorCodes.NOT_FOUND, 'no')],
  ])('prints nothing when %s', async (_what, refusal) => {
    const { bus, printer, handler } = setup(() => {
      throw refusal;
    });
    await expect(handler.execute(new PrintLoginSheetsQuery('ferry.parent', 'ferry', null))).rejects.toBe(refusal);
    expect(bus.sentOf(GetPrintableCredentialsQuery)).toEqual([]);
    expect(printer.sheets).toEqual([]);
  });

  it("prints nothing when identity refuses the accounts' credentials", async () => {
    const { bus, printer, handler } = setup();
    const refusal = new DomainError(ErrorCodes.FORBIDDEN, 'You may not print these accounts.');
    bus.onQuery(GetPrintableCredentialsQuery, () => {
      throw refusal;
    });
    await expect(handler.execute(new PrintLoginSheetsQuery('ferry.direction', 'ferry', 'ferry-ce2a'))).rejects.toBe(refusal);
    expect(printer.sheets).toEqual([]);
  });
});
