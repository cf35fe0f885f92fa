import type { AdminUserView, MeResponse, Page, ProblemDetails } from '@preau/contracts';
import { type ApiClient, as } from '../support/client';
import { type PreauServer, startPreau } from '../support/preau-server';

// Issue 11: the console's person and class pages (docs/product/access-rules.md, Administration: directors see their
// school only, academy administrators their academy; someone outside their scope is 404, a non-administrator 403).

let preau: PreauServer;
const people = new Map<string, ApiClient & { me: MeResponse }>();
let ferry: string;
let curie: string;
let ce2a: string;
let curieCe2: string;

beforeAll(async () => {
  preau = await startPreau('admin-people');
  for (const login of [
    'ferry.direction',
    'academie.admin',
    'ferry.ce2a.prof',
    'curie.ce2.prof',
    'lea.ce2a',
    'nina.curie',
  ])
    people.set(login, await as(preau.baseUrl, login));
  ferry = who('ferry.direction').me.schools[0].id;
  curie = who('curie.ce2.prof').me.schools[0].id;
  ce2a = who('ferry.ce2a.prof').me.classes[0].id;
  curieCe2 = who('curie.ce2.prof').me.classes[0].id;
}, 120_000);
afterAll(() => preau?.stop());

function who(login: string) {
  const client = people.get(login);
  if (!client) throw new Error(login);
  return client;
}
const idOf = (login: string) => who(login).me.id;

describe('GET /admin/users/:id', () => {
  it("answers Jules Ferry's director with Léa, her class and her school", async () => {
    const answer = await who('ferry.direction').get<AdminUserView>(`/admin/users/${idOf('lea.ce2a')}`);
    expect(answer.status).toBe(200);
    expect(answer.body).toEqual({
      id: idOf('lea.ce2a'),
      login: 'lea.ce2a',
      displayName: 'Léa Martin',
      role: 'PUPIL',
      blocked: false,
      pendingActivation: false,
      classes: [{ id: ce2a, name: 'CE2 A' }],
      schoolIds: [ferry],
    });
  });

  it("shows a parent's children with the id of their class", async () => {
    const list = await who('ferry.direction').get<Page<AdminUserView>>(`/admin/users?q=parent.hugo`);
    const parent = list.body.items[0];
    const answer = await who('ferry.direction').get<AdminUserView>(`/admin/users/${parent.id}`);
    expect(answer.status).toBe(200);
    expect(answer.body.children).toEqual([
      expect.objectContaining({ displayName: 'Hugo Bernard', className: 'CE2 A', classId: ce2a }),
      expect.objectContaining({ displayName: 'Tom Bernard', className: 'CM2' }),
    ]);
    expect(answer.body.schoolIds).toEqual([ferry]);
  });

  it("answers the academy's administrator for a pupil of Marie Curie", async () => {
    const answer = await who('academie.admin').get<AdminUserView>(`/admin/users/${idOf('nina.curie')}`);
    expect(answer.status).toBe(200);
    expect(answer.body).toMatchObject({ login: 'nina.curie', classes: [{ id: curieCe2 }], schoolIds: [curie] });
  });

  it("refuses Jules Ferry's director a pupil of Marie Curie (404, as for someone unknown)", async () => {
    const answer = await who('ferry.direction').get<ProblemDetails>(`/admin/users/${idOf('nina.curie')}`);
    expect(answer.status).toBe(404);
    expect(answer.body.code).toBe('NOT_FOUND');
    const unknown = await who('ferry.direction').get<ProblemDetails>(
      `/admin/users/00000000-0000-4000-8000-000000000000`,
    );
    expect(unknown.status).toBe(404);
  });

  it.each([['ferry.ce2a.prof'], ['lea.ce2a']])('refuses %s (403), who administers nothing', async (login) => {
    const answer = await who(login).get<ProblemDetails>(`/admin/users/${idOf('lea.ce2a')}`);
    expect(answer.status).toBe(403);
    expect(answer.body.code).toBe('FORBIDDEN');
  });

  it('refuses an id that is not one (400)', async () => {
    expect((await who('ferry.direction').get(`/admin/users/lea`)).status).toBe(400);
  });
});

describe('GET /admin/users?classId=', () => {
  it("lists CE2 A's pupils, its teacher and its pupils' parents", async () => {
    const answer = await who('ferry.direction').get<Page<AdminUserView>>(`/admin/users?classId=${ce2a}&limit=100`);
    expect(answer.status).toBe(200);
    expect(answer.body.items.map((u) => u.login).sort()).toEqual(
      ['ferry.ce2a.prof', 'hugo.ce2a', 'ines.ce2a', 'lea.ce2a', 'parent.hugo', 'parent.lea'].sort(),
    );
    expect(answer.body.nextCursor).toBeNull();
  });

  it('searches by name within the class (the school given too)', async () => {
    const answer = await who('academie.admin').get<Page<AdminUserView>>(
      `/admin/users?schoolId=${ferry}&classId=${ce2a}&q=martin`,
    );
    expect(answer.body.items.map((u) => u.login).sort()).toEqual(['lea.ce2a', 'parent.lea']);
  });

  it("refuses Jules Ferry's director Marie Curie's CE2 (404), and the academy's administrator a class outside the school asked", async () => {
    const answer = await who('ferry.direction').get<ProblemDetails>(`/admin/users?classId=${curieCe2}`);
    expect(answer.status).toBe(404);
    expect(answer.body.code).toBe('NOT_FOUND');
    expect((await who('academie.admin').get(`/admin/users?schoolId=${curie}&classId=${ce2a}`)).status).toBe(404);
  });

  it('refuses a teacher, even for their own class (403)', async () => {
    const answer = await who('ferry.ce2a.prof').get<ProblemDetails>(`/admin/users?classId=${ce2a}`);
    expect(answer.status).toBe(403);
  });
});
