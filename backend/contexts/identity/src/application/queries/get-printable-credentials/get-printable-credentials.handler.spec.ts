import { GetPrintableCredentialsQuery, MayManageAccountsQuery } from '@preau/contracts';
import { FakeBus } from '@preau/platform/testing';
import { IDS, account, openedPupil, pendingAdult } from '../../../testing/accounts';
import { InMemoryAccountRepository } from '../../../testing/in-memory-account.repository';
import { testCredentialDeriver } from '../../../testing/test-credential-deriver';
import { GetPrintableCredentialsHandler } from './get-printable-credentials.handler';

describe('GetPrintableCredentialsHandler', () => {
  const deriver = testCredentialDeriver();
  const expiresAt = new Date('2027-02-05T08:00:00Z');
  const setup = (answer: { refused: string[]; unknown: string[] } = { refused: [], unknown: [] }) => {
    const accounts = new InMemoryAccountRepository([
      openedPupil(IDS.lea, 'lea.martin', 'Léa Martin'),
      pendingAdult(IDS.parentLea, 'karim.martin', (v) => deriver.activationLookup(deriver.activationCode(IDS.parentLea, v)), expiresAt),
      account(IDS.teacher, 'TEACHER'),
    ]);
    const bus = new FakeBus().onQuery(MayManageAccountsQuery, () => answer);
    return { accounts, bus, handler: new GetPrintableCredentialsHandler(accounts, deriver, bus.asBus()) };
  };

  it("prints a pupil's first password and card, an adult's code, nothing for an account with a password; the same twice", async () => {
    const { bus, handler } = setup();
    const query = new GetPrintableCredentialsQuery(IDS.director, [IDS.parentLea, IDS.lea, IDS.teacher]);
    const printed = await handler.execute(query);
    expect(printed).toEqual([
      {
        id: IDS.parentLea,
        login: 'karim.martin',
        displayName: 'Name of karim.martin',
        role: 'PARENT',
        firstPassword: null,
        cardToken: null,
        activationCode: expect.stringMatching(/^[A-Z2-9]{4}-[A-Z2-9]{4}-[A-Z2-9]{4}$/),
        activationExpiresAt: '2027-02-05T08:00:00.000Z',
      },
      {
        id: IDS.lea,
        login: 'lea.martin',
        displayName: 'Léa Martin',
        role: 'PUPIL',
        firstPassword: deriver.firstPassword(IDS.lea, 1),
        cardToken: `PC1.${IDS.lea}.${deriver.cardSecret(IDS.lea, 1)}`,
        activationCode: null,
        activationExpiresAt: null,
      },
      { id: IDS.teacher, login: IDS.teacher, displayName: `Name of ${IDS.teacher}`, role: 'TEACHER', firstPassword: null, cardToken: null, activationCode: null, activationExpiresAt: null },
    ]);
    expect(await handler.execute(query)).toEqual(printed);
    expect(bus.sentOf(MayManageAccountsQuery)[0]).toMatchObject({ actorId: IDS.director, targetIds: [IDS.parentLea, IDS.lea, IDS.teacher], act: 'print' });
  });

  it('refuses the whole batch when one account may not be managed (403), or is unknown to the actor (404)', async () => {
    await expect(setup({ refused: [IDS.teacher], unknown: [] }).handler.execute(new GetPrintableCredentialsQuery(IDS.director, [IDS.lea, IDS.teacher]))).rejects.toMatchObject({
      code: 'FORBIDDEN',
      details: { rule: 'AccountMustBeManageableByActor' },
    });
    await expect(setup({ refused: [], unknown: [IDS.hugo] }).handler.execute(new GetPrintableCredentialsQuery(IDS.director, [IDS.lea, IDS.hugo]))).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });

  it('answers NOT_FOUND for a person the directory knows but who has no account yet', async () => {
    await expect(setup().handler.execute(new GetPrintableCredentialsQuery(IDS.director, [IDS.hugo]))).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });
});
