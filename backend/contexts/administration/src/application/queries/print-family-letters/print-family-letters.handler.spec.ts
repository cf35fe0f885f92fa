import { ErrorCodes, GetPlacementQuery, GetPrintableCredentialsQuery, GetSchoolRosterQuery } from '@preau/contracts';
import { DomainError } from '@preau/kernel';
import { FakeBus } from '@preau/platform/testing';
import { RecordingCredentialsPrinter } from '../../../testing/recording-credentials-printer';
import { FERRY_CREDENTIALS, ferryRoster } from '../../../testing/school-roster';
import { PrintFamilyLettersHandler } from './print-family-letters.handler';
import { PrintFamilyLettersQuery } from './print-family-letters.query';

describe('PrintFamilyLettersHandler', () => {
  const URL = 'https://preau.example.fr';
  const setup = (roster: () => ReturnType<typeof ferryRoster> = ferryRoster) => {
    const bus = new FakeBus()
      .onQuery(GetSchoolRosterQuery, () => roster())
      .onQuery(GetPrintableCredentialsQuery, ({ accountIds }) => accountIds.map((id) => FERRY_CREDENTIALS[id]))
      .onQuery(GetPlacementQuery, () => ({ schools: [{ id: 'ferry', name: 'École Jules Ferry' }], classes: [], children: [] }));
    const printer = new RecordingCredentialsPrinter();
    return { bus, printer, handler: new PrintFamilyLettersHandler(bus.asBus(), printer) };
  };

  it("writes one letter per guardian of the class's pupils, naming all their children, in the order of the class list", async () => {
    const { bus, printer, handler } = setup();
    const printed = await handler.execute(new PrintFamilyLettersQuery('ferry.direction', 'ferry', 'ferry-ce2a', URL));
    expect(bus.sentOf(GetPrintableCredentialsQuery)).toEqual([
      expect.objectContaining({ actorId: 'ferry.direction', accountIds: ['jerome', 'aicha'] }),
    ]);
    expect(printer.letters).toEqual([
      {
        schoolName: 'École Jules Ferry',
        publicUrl: URL,
        letters: [
          {
            guardianName: 'Jérôme LEROY',
            login: 'jerome.leroy',
            children: [{ displayName: 'Chloé LEROY', className: 'CE2 A' }],
            activationCode: null,
            activationExpiresAt: null,
          },
          {
            guardianName: "Aïcha N'DIAYE",
            login: 'aicha.ndiaye',
            children: [
              { displayName: "Noé N'DIAYE", className: 'CM1' },
              { displayName: "Zoé N'DIAYE", className: 'CE2 A' },
            ],
            activationCode: 'K7QM-4XZP-9RTW',
            activationExpiresAt: '2027-02-05T10:00:00.000Z',
          },
        ],
      },
    ]);
    expect(printed).toEqual({ pdf: Buffer.from('%PDF-letters'), accounts: 2, filename: 'lettres-familles-ce2-a.pdf' });
  });

  it('writes to the guardians of another class only when they have a child there', async () => {
    const { printer, handler } = setup();
    await handler.execute(new PrintFamilyLettersQuery('ferry.direction', 'ferry', 'ferry-cm1', URL));
    expect(printer.letters[0].letters.map((l) => l.login)).toEqual(['aicha.ndiaye']);
  });

  it("writes to every family of the school when no class is given, each guardian once", async () => {
    const { printer, handler } = setup();
    const printed = await handler.execute(new PrintFamilyLettersQuery('ferry.direction', 'ferry', null, URL));
    expect(printer.letters[0].letters.map((l) => l.login)).toEqual(['jerome.leroy', 'aicha.ndiaye']);
    expect(printed.filename).toBe('lettres-familles-ecole-jules-ferry.pdf');
  });

  it('answers NOT_FOUND for a class the school does not have', async () => {
    const { printer, handler } = setup();
    await expect(
      handler.execute(new PrintFamilyLettersQuery('ferry.direction', 'ferry', 'curie-cm2', URL)),
    ).rejects.toMatchObject({ code: ErrorCodes.NOT_FOUND });
    expect(printer.letters).toEqual([]);
  });

  it('writes no letter (and asks identity nothing) for a class without families', async () => {
    const { bus, printer, handler } = setup(() => ({ ...ferryRoster(), guardians: [] }));
    const printed = await handler.execute(new PrintFamilyLettersQuery('ferry.direction', 'ferry', 'ferry-ce2a', URL));
    expect(bus.sentOf(GetPrintableCredentialsQuery)).toEqual([]);
    expect(printer.letters[0].letters).toEqual([]);
    expect(printed.accounts).toBe(0);
  });

  it.each([
    ['FORBIDDEN', new DomainError(ErrorCodes.FORBIDDEN, 'no')],
    ['NOT_FOUND', new DomainError(ErrorCodes.NOT_FOUND, 'no')],
  ])("prints nothing when the directory refuses the roster (%s)", async (_code, refusal) => {
    const { bus, printer, handler } = setup(() => {
      throw refusal;
    });
    await expect(handler.execute(new PrintFamilyLettersQuery('ferry.parent', 'ferry', null, URL))).rejects.toBe(refusal);
    expect(bus.sentOf(GetPrintableCredentialsQuery)).toEqual([]);
    expect(printer.letters).toEqual([]);
  });

  it("prints nothing when identity refuses the guardians' credentials", async () => {
    const { bus, printer, handler } = setup();
    const refusal = new DomainError(ErrorCodes.FORBIDDEN, 'You may not print these accounts.');
    bus.onQuery(GetPrintableCredentialsQuery, () => {
      throw refusal;
    });
    await expect(handler.execute(new PrintFamilyLettersQuery('ferry.direction', 'ferry', null, URL))).rejects.toBe(refusal);
    expect(printer.letters).toEqual([]);
  });
});
