import { GetPrintableCredentialsQuery, OpenAccountsCommand, RegisterStaffCommand } from '@preau/contracts';
import { DomainError } from '@preau/kernel';
import { FakeBus } from '@preau/platform/testing';
import { SCHOOL } from '../../../testing/roster';
import { CreateStaffCommand } from './create-staff.command';
import { CreateStaffHandler } from './create-staff.handler';

describe('CreateStaffHandler', () => {
  const setup = (mayRegister: boolean) =>
    new FakeBus()
      .onCommand(RegisterStaffCommand, () => {
        if (!mayRegister) throw new DomainError('FORBIDDEN', 'You may not register staff in this school.');
      })
      .onCommand(OpenAccountsCommand, (c) => c.accounts.map((a) => ({ id: a.id, login: 'anne.roussel' })))
      .onQuery(GetPrintableCredentialsQuery, (q) =>
        q.accountIds.map((id) => ({
          id,
          login: 'anne.roussel',
          displayName: 'Anne Roussel',
          role: 'TEACHER' as const,
          firstPassword: null,
          cardToken: null,
          activationCode: 'ABCD-EFGH-JKMN',
          activationExpiresAt: '2026-11-01T00:00:00.000Z',
        })),
      );

  it('registers the teacher in the school, opens their account with the same id, and answers the code to hand over', async () => {
    const bus = setup(true);
    const created = await new CreateStaffHandler(bus.asBus()).execute(
      new CreateStaffCommand('ferry.direction', SCHOOL, {
        firstName: ' Anne ',
        lastName: 'Roussel',
        role: 'TEACHER',
        email: 'anne.roussel@example.org',
      }),
    );
    const [register] = bus.sentOf(RegisterStaffCommand);
    expect(register).toMatchObject({
      actorId: 'ferry.direction',
      schoolId: SCHOOL,
      staff: { role: 'TEACHER', firstName: 'Anne', lastName: 'Roussel', email: 'anne.roussel@example.org' },
    });
    expect(bus.sentOf(OpenAccountsCommand)[0].accounts).toEqual([
      { id: register.staff.id, role: 'TEACHER', displayName: 'Anne Roussel', firstName: 'Anne', lastName: 'Roussel' },
    ]);
    expect(bus.sentOf(GetPrintableCredentialsQuery)[0]).toMatchObject({
      actorId: 'ferry.direction',
      accountIds: [register.staff.id],
    });
    expect(created).toEqual({
      user: {
        id: register.staff.id,
        login: 'anne.roussel',
        displayName: 'Anne Roussel',
        role: 'TEACHER',
        blocked: false,
        pendingActivation: true,
        classes: [],
      },
      credentials: expect.objectContaining({ activationCode: 'ABCD-EFGH-JKMN' }),
    });
  });

  it('opens no account when the directory refuses the registration', async () => {
    const bus = setup(false);
    await expect(
      new CreateStaffHandler(bus.asBus()).execute(
        new CreateStaffCommand('ferry.ce2a.prof', SCHOOL, {
          firstName: 'Anne',
          lastName: 'Roussel',
          role: 'SCHOOL_ADMIN',
        }),
      ),
    ).rejects.toMatchObject({ code: 'FORBIDDEN' });
    expect(bus.sentOf(OpenAccountsCommand)).toEqual([]);
  });
});
