import { MayManageAccountsQuery, ReissueActivationCodesCommand } from '@preau/contracts';
import { FixedClock } from '@preau/kernel';
import { FakeBus, recordingOutbox } from '@preau/platform/testing';
import { IDS, account, openedPupil, pendingAdult } from '../../../testing/accounts';
import { InMemoryAccountRepository } from '../../../testing/in-memory-account.repository';
import { testCredentialDeriver } from '../../../testing/test-credential-deriver';
import { ReissueActivationCodesHandler } from './reissue-activation-codes.handler';

const DAY = 86_400_000;

describe('ReissueActivationCodesHandler', () => {
  const deriver = testCredentialDeriver();
  const clock = new FixedClock(new Date('2026-12-07T08:00:00Z'));
  const lookup = (id: string) => (v: number) => deriver.activationLookup(deriver.activationCode(id, v));
  const setup = (answer: { refused: string[]; unknown: string[] } = { refused: [], unknown: [] }) => {
    const accounts = new InMemoryAccountRepository([
      pendingAdult(IDS.parentLea, 'karim.martin', lookup(IDS.parentLea), new Date('2026-10-01T00:00:00Z')),
      pendingAdult(IDS.teacher, 'anne.lefevre', lookup(IDS.teacher), new Date('2026-10-01T00:00:00Z'), 'TEACHER'),
      account(IDS.director, 'SCHOOL_ADMIN'),
      openedPupil(IDS.lea, 'lea.martin'),
    ]);
    const bus = new FakeBus().onQuery(MayManageAccountsQuery, () => answer);
    const { outbox, published } = recordingOutbox(clock);
    return { accounts, bus, published, handler: new ReissueActivationCodesHandler(accounts, deriver, { activationMs: 60 * DAY }, clock, outbox, bus.asBus()) };
  };

  it('gives new codes valid 60 days from now; the older codes stop working; audited', async () => {
    const { accounts, bus, published, handler } = setup();
    const printed = await handler.execute(new ReissueActivationCodesCommand(IDS.director, [IDS.parentLea, IDS.teacher]));
    expect(printed.map((p) => p.activationCode?.replace(/-/g, ''))).toEqual([deriver.activationCode(IDS.parentLea, 2), deriver.activationCode(IDS.teacher, 2)]);
    expect(printed[0]?.activationExpiresAt).toBe(new Date(clock.now().getTime() + 60 * DAY).toISOString());
    expect(accounts.items.get(IDS.parentLea)?.activationLookup).toBe(lookup(IDS.parentLea)(2));
    expect(await accounts.byActivationLookup(lookup(IDS.parentLea)(1))).toEqual([]);
    expect(bus.sentOf(MayManageAccountsQuery)[0]).toMatchObject({ act: 'reset-password' });
    expect(published.map((m) => [m.type, m.payload])).toEqual([
      ['identity.activation-code-reissued', { accountId: IDS.parentLea, actorId: IDS.director }],
      ['identity.activation-code-reissued', { accountId: IDS.teacher, actorId: IDS.director }],
    ]);
  });

  it('refuses accounts that have a password, and pupils (409 ActivationCodesAreForAccountsWithoutPassword)', async () => {
    const { published, handler } = setup();
    await expect(handler.execute(new ReissueActivationCodesCommand(IDS.director, [IDS.parentLea, IDS.director, IDS.lea]))).rejects.toMatchObject({
      code: 'CONFLICT',
      details: { rule: 'ActivationCodesAreForAccountsWithoutPassword', accountIds: [IDS.director, IDS.lea] },
    });
    expect(published).toEqual([]);
  });

  it('refuses the whole batch as the directory decides', async () => {
    await expect(setup({ refused: [IDS.teacher], unknown: [] }).handler.execute(new ReissueActivationCodesCommand(IDS.parentLea, [IDS.teacher]))).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(setup({ refused: [], unknown: [IDS.tom] }).handler.execute(new ReissueActivationCodesCommand(IDS.director, [IDS.tom]))).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });
});
