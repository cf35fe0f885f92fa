import {
  type AccountSummaryForAdmin,
  type AdministeredPerson,
  ListAdministeredPeopleQuery,
  SearchAccountsQuery,
} from '@preau/contracts';
import { DomainError } from '@preau/kernel';
import { FakeBus } from '@preau/platform/testing';
import { SCHOOL } from '../../../testing/roster';
import { GetAdminUserHandler } from './get-admin-user.handler';
import { GetAdminUserQuery } from './get-admin-user.query';

const ACCOUNTS: AccountSummaryForAdmin[] = [
  {
    id: 'chloe',
    login: 'chloe.leroy',
    displayName: 'Chloé Leroy',
    role: 'PUPIL',
    blocked: false,
    pendingActivation: false,
  },
  {
    id: 'sophie',
    login: 'sophie.leroy',
    displayName: 'Sophie Leroy',
    role: 'PARENT',
    blocked: true,
    pendingActivation: true,
  },
  { id: 'ghost', login: 'ghost', displayName: 'Nobody Known', role: 'PUPIL', blocked: false, pendingActivation: false },
];

const PEOPLE: AdministeredPerson[] = [
  { id: 'chloe', role: 'PUPIL', classes: [{ id: 'ce2b', name: 'CE2 B' }], schoolIds: [SCHOOL] },
  {
    id: 'sophie',
    role: 'PARENT',
    classes: [],
    schoolIds: [SCHOOL],
    children: [{ id: 'chloe', displayName: 'Chloé Leroy', className: 'CE2 B', classId: 'ce2b' }],
  },
  // Administered by the directory's account but with no account in identity (an inconsistency): 404, not a crash.
  { id: 'orphan', role: 'PUPIL', classes: [], schoolIds: [SCHOOL] },
];

describe('GetAdminUserHandler', () => {
  const setup = () =>
    new FakeBus()
      .onQuery(ListAdministeredPeopleQuery, (q) => {
        if (q.actorId !== 'ferry.direction') throw new DomainError('FORBIDDEN', 'You run no school.');
        return PEOPLE;
      })
      .onQuery(SearchAccountsQuery, (q) => {
        const items = ACCOUNTS.filter((a) => q.ids.includes(a.id)).slice(0, q.limit);
        return { items, nextCursor: null };
      });
  const get = (bus: FakeBus, actor: string, id: string) =>
    new GetAdminUserHandler(bus.asBus()).execute(new GetAdminUserQuery(actor, id));

  it("merges a pupil's account with their class and school, asking the directory for all the caller's schools", async () => {
    const bus = setup();
    expect(await get(bus, 'ferry.direction', 'chloe')).toEqual({
      id: 'chloe',
      login: 'chloe.leroy',
      displayName: 'Chloé Leroy',
      role: 'PUPIL',
      blocked: false,
      pendingActivation: false,
      classes: [{ id: 'ce2b', name: 'CE2 B' }],
      schoolIds: [SCHOOL],
    });
    expect(bus.sentOf(ListAdministeredPeopleQuery)[0]).toMatchObject({
      actorId: 'ferry.direction',
      schoolId: null,
      classId: null,
    });
    expect(bus.sentOf(SearchAccountsQuery)[0]).toMatchObject({ ids: ['chloe'], q: null, cursor: null, limit: 1 });
  });

  it("shows a parent's children with their class ids", async () => {
    expect(await get(setup(), 'ferry.direction', 'sophie')).toMatchObject({
      blocked: true,
      pendingActivation: true,
      classes: [],
      children: [{ id: 'chloe', classId: 'ce2b', className: 'CE2 B' }],
    });
  });

  it("answers 404 for someone outside the caller's schools, and asks identity nothing", async () => {
    const bus = setup();
    await expect(get(bus, 'ferry.direction', 'ghost')).rejects.toMatchObject({ code: 'NOT_FOUND' });
    expect(bus.sentOf(SearchAccountsQuery)).toEqual([]);
  });

  it('answers 404 when identity knows no such account', async () => {
    await expect(get(setup(), 'ferry.direction', 'orphan')).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });

  it('passes on the refusal of the directory (403 for someone who runs no school)', async () => {
    const bus = setup();
    await expect(get(bus, 'ferry.ce2a.prof', 'chloe')).rejects.toMatchObject({ code: 'FORBIDDEN' });
    expect(bus.sentOf(SearchAccountsQuery)).toEqual([]);
  });
});
