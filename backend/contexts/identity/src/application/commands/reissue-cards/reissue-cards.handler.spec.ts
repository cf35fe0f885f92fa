import { MayManageAccountsQuery, ReissueCardsCommand } from '@preau/contracts';
import { FixedClock } from '@preau/kernel';
import { FakeBus, recordingOutbox } from '@preau/platform/testing';
import { IDS, account, openedPupil } from '../../../testing/accounts';
import { InMemoryAccountRepository } from '../../../testing/in-memory-account.repository';
import { testCredentialDeriver } from '../../../testing/test-credential-deriver';
import { ReissueCardsHandler } from './reissue-cards.handler';

describe('ReissueCardsHandler', () => {
  const deriver = testCredentialDeriver();
  const setup = (answer: { refused: string[]; unknown: string[] } = { refused: [], unknown: [] }) => {
    const accounts = new InMemoryAccountRepository([openedPupil(IDS.lea, 'lea.martin'), openedPupil(IDS.hugo, 'hugo.bernard'), account(IDS.parentLea, 'PARENT')]);
    const bus = new FakeBus().onQuery(MayManageAccountsQuery, () => answer);
    const { outbox, published } = recordingOutbox(new FixedClock());
    return { accounts, bus, published, handler: new ReissueCardsHandler(accounts, deriver, outbox, bus.asBus()) };
  };

  it('gives new cards (the old ones stop working), keeps the first password, audits each', async () => {
    const { accounts, bus, published, handler } = setup();
    const printed = await handler.execute(new ReissueCardsCommand(IDS.teacher, [IDS.lea, IDS.hugo]));
    expect(printed.map((p) => p.cardToken)).toEqual([`PC1.${IDS.lea}.${deriver.cardSecret(IDS.lea, 2)}`, `PC1.${IDS.hugo}.${deriver.cardSecret(IDS.hugo, 2)}`]);
    expect(printed[0]?.firstPassword).toBe(deriver.firstPassword(IDS.lea, 1));
    expect(accounts.items.get(IDS.lea)).toMatchObject({ cardVersion: 2, firstPasswordVersion: 1 });
    expect(bus.sentOf(MayManageAccountsQuery)[0]).toMatchObject({ actorId: IDS.teacher, targetIds: [IDS.lea, IDS.hugo], act: 'reissue-card' });
    expect(published.map((m) => [m.type, m.payload])).toEqual([
      ['identity.card-reissued', { accountId: IDS.lea, actorId: IDS.teacher }],
      ['identity.card-reissued', { accountId: IDS.hugo, actorId: IDS.teacher }],
    ]);
  });

  it('refuses a card for an adult (CardsAreForPupils), changing nothing', async () => {
    const { accounts, published, handler } = setup();
    await expect(handler.execute(new ReissueCardsCommand(IDS.director, [IDS.lea, IDS.parentLea]))).rejects.toMatchObject({ code: 'VALIDATION_FAILED', details: { rule: 'CardsAreForPupils' } });
    expect(published).toEqual([]);
    expect(accounts.items.get(IDS.lea)?.cardVersion).toBe(1);
  });

  it('refuses the whole batch when the directory refuses one pupil (403) or the actor may not know one (404)', async () => {
    await expect(setup({ refused: [IDS.hugo], unknown: [] }).handler.execute(new ReissueCardsCommand(IDS.teacher, [IDS.lea, IDS.hugo]))).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(setup({ refused: [], unknown: [IDS.tom] }).handler.execute(new ReissueCardsCommand(IDS.teacher, [IDS.tom]))).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });
});
