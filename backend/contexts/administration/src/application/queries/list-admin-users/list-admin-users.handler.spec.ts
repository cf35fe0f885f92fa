import {
  type AccountSummaryForAdmin,
  type AdministeredPerson,
  ListAdministeredPeopleQuery,
  SearchAccountsQuery,
} from '@preau/contracts';
import { DomainError } from '@preau/kernel';
import { FakeBus } from '@preau/platform/testing';
import { SCHOOL } from '../../../testing/roster';
import { ListAdminUsersQuery } from './list-admin-users.query';
import { ListAdminUsersHandler } from './list-admin-users.handler';

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
    blocked: false,
    pendingActivation: true,
  },
  {
    id: 'prof',
    login: 'ferry.ce2a.prof',
    displayName: 'Anne Roussel',
    role: 'TEACHER',
    blocked: true,
    pendingActivation: false,
  },
];

describe('ListAdminUsersHandler', () => {
  const setup = () =>
    new FakeBus()
      .onQuery(ListAdministeredPeopleQuery, (q) => {
        if (q.actorId !== 'ferry.direction') throw new DomainError('FORBIDDEN', 'You run no school.');
        const people: AdministeredPerson[] = [
          { id: 'chloe', role: 'PUPIL', classes: [{ id: 'ce2b', name: 'CE2 B' }], schoolIds: [SCHOOL] },
          {
            id: 'sophie',
            role: 'PARENT',
            classes: [],
            schoolIds: [SCHOOL],
            children: [{ id: 'chloe', displayName: 'Chloé Leroy', className: 'CE2 B', classId: 'ce2b' }],
          },
          { id: 'prof', role: 'TEACHER', classes: [{ id: 'ce2b', name: 'CE2 B' }], schoolIds: [SCHOOL] },
        ];
        if (q.classId === 'elsewhere') throw new DomainError('NOT_FOUND', 'No such class.');
        return people;
      })
      .onQuery(SearchAccountsQuery, (q) => {
        const fold = (s: string) => s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
        const found = ACCOUNTS.filter(
          (a) => q.ids.includes(a.id) && (!q.q || fold(`${a.displayName} ${a.login}`).includes(fold(q.q))),
        );
        return { items: found.slice(0, q.limit), nextCursor: found.length > q.limit ? 'next' : null };
      });

  it('asks the directory whom the actor administers, then identity for a page of those accounts, and merges the two', async () => {
    const bus = setup();
    const page = await new ListAdminUsersHandler(bus.asBus()).execute(
      new ListAdminUsersQuery('ferry.direction', SCHOOL, 'chloe', null, 25),
    );
    expect(bus.sentOf(ListAdministeredPeopleQuery)[0]).toMatchObject({
      actorId: 'ferry.direction',
      schoolId: SCHOOL,
      classId: null,
    });
    expect(bus.sentOf(SearchAccountsQuery)[0]).toMatchObject({
      ids: ['chloe', 'sophie', 'prof'],
      q: 'chloe',
      cursor: null,
      limit: 25,
    });
    expect(page).toEqual({
      items: [
        {
          id: 'chloe',
          login: 'chloe.leroy',
          displayName: 'Chloé Leroy',
          role: 'PUPIL',
          blocked: false,
          pendingActivation: false,
          classes: [{ id: 'ce2b', name: 'CE2 B' }],
          schoolIds: [SCHOOL],
        },
      ],
      nextCursor: null,
    });
  });

  it("shows a parent's children and pages with identity's cursor", async () => {
    const page = await new ListAdminUsersHandler(setup().asBus()).execute(
      new ListAdminUsersQuery('ferry.direction', null, null, null, 2),
    );
    expect(page.items.map((u) => u.login)).toEqual(['chloe.leroy', 'sophie.leroy']);
    expect(page.items[1]).toMatchObject({
      pendingActivation: true,
      children: [{ id: 'chloe', displayName: 'Chloé Leroy', className: 'CE2 B', classId: 'ce2b' }],
    });
    expect(page.items[0].children).toBeUndefined();
    expect(page.nextCursor).toBe('next');
  });

  it("asks the directory for one class's people when a class is given, and passes on its 404", async () => {
    const bus = setup();
    const page = await new ListAdminUsersHandler(bus.asBus()).execute(
      new ListAdminUsersQuery('ferry.direction', null, null, null, 25, 'ce2b'),
    );
    expect(bus.sentOf(ListAdministeredPeopleQuery)[0]).toMatchObject({ schoolId: null, classId: 'ce2b' });
    expect(page.items.map((u) => u.id)).toEqual(['chloe', 'sophie', 'prof']);
    await expect(
      new ListAdminUsersHandler(bus.asBus()).execute(
        new ListAdminUsersQuery('ferry.direction', null, null, null, 25, 'elsewhere'),
      ),
    ).rejects.toMatchObject({ code: 'NOT_FOUND' });
    expect(bus.sentOf(SearchAccountsQuery)).toHaveLength(1);
  });

  it('passes on the refusal of the directory (someone who runs no school), and asks identity nothing', async () => {
    const bus = setup();
    await expect(
      new ListAdminUsersHandler(bus.asBus()).execute(new ListAdminUsersQuery('parent.lea', null, null, null, 25)),
    ).rejects.toMatchObject({
      code: 'FORBIDDEN',
    });
    expect(bus.sentOf(SearchAccountsQuery)).toEqual([]);
  });

  it('answers an empty page when the actor administers nobody yet', async () => {
    const bus = new FakeBus().onQuery(ListAdministeredPeopleQuery, () => []);
    expect(
      await new ListAdminUsersHandler(bus.asBus()).execute(
        new ListAdminUsersQuery('new.director', null, null, null, 25),
      ),
    ).toEqual({ items: [], nextCursor: null });
    expect(bus.sent).toHaveLength(1);
  });
});
