import { DEMO_ACADEMY, type MeResponse } from '@preau/contracts';
import { type ApiClient, as } from '../support/client';
import { type PreauServer, startPreau } from '../support/preau-server';

let preau: PreauServer;
const people = new Map<string, ApiClient & { me: MeResponse }>();
const classIds = new Map<string, string>();

beforeAll(async () => {
  preau = await startPreau('classes', {}, { withWorker: true });
  for (const person of DEMO_ACADEMY.people) people.set(person.login, await as(preau.baseUrl, person.login));
  for (const [login, key] of [['ferry.ce2a.prof', 'CE2 A'], ['ferry.cm2.prof', 'CM2'], ['curie.ce2.prof', 'Curie CE2']] as const) {
    classIds.set(key, who(login).me.classes[0].id);
  }
}, 120_000);
afterAll(() => preau?.stop());

function who(login: string) {
  const client = people.get(login);
  if (!client) throw new Error(login);
  return client;
}

// docs/product/access-rules.md: who may read a class (members, family, partner-class members, school staff, academy admin)
const READ: [string, Record<string, number>][] = [
  ['lea.ce2a', { 'CE2 A': 200, CM2: 404, 'Curie CE2': 200 }],
  ['tom.cm2', { 'CE2 A': 404, CM2: 200, 'Curie CE2': 404 }],
  ['nina.curie', { 'CE2 A': 200, CM2: 404, 'Curie CE2': 200 }],
  ['parent.lea', { 'CE2 A': 200, CM2: 404, 'Curie CE2': 404 }],
  ['parent.hugo', { 'CE2 A': 200, CM2: 200, 'Curie CE2': 404 }],
  ['parent.nina', { 'CE2 A': 404, CM2: 404, 'Curie CE2': 200 }],
  ['ferry.ce2a.prof', { 'CE2 A': 200, CM2: 200, 'Curie CE2': 200 }],
  ['ferry.cm2.prof', { 'CE2 A': 200, CM2: 200, 'Curie CE2': 404 }],
  ['curie.ce2.prof', { 'CE2 A': 200, CM2: 404, 'Curie CE2': 200 }],
  ['ferry.direction', { 'CE2 A': 200, CM2: 200, 'Curie CE2': 404 }],
  ['academie.admin', { 'CE2 A': 200, CM2: 200, 'Curie CE2': 200 }],
];

describe('GET /classes/:id', () => {
  it.each(READ.flatMap(([login, row]) => Object.entries(row).map(([klass, status]) => [login, klass, status] as const)))('%s reading %s answers %i', async (login, klass, status) => {
    const answer = await who(login).get(`/classes/${classIds.get(klass)}`);
    expect(answer.status).toBe(status);
    if (status === 404) expect(answer.body.code).toBe('NOT_FOUND');
  });

  it('answers 404 for a class that does not exist and 400 for a malformed id', async () => {
    expect((await who('lea.ce2a').get('/classes/00000000-0000-4000-8000-000000000000')).status).toBe(404);
    expect((await who('lea.ce2a').get('/classes/not-a-uuid')).body.code).toBe('VALIDATION_FAILED');
  });

  it('shows the demo settings of CE2 A and what a pupil may do there', async () => {
    const answer = await who('lea.ce2a').get(`/classes/${classIds.get('CE2 A')}`);
    expect(answer.body).toMatchObject({
      name: 'CE2 A',
      schoolName: 'École élémentaire Jules Ferry',
      modules: { blog: true, messaging: true, media: true, homework: true, liaison: true, calendar: true },
      settings: { commentModeration: 'held', holdPupilMessages: true, shareBlogWithPartners: false },
    });
    expect(answer.body.permissions).toEqual(expect.arrayContaining(['blog.read', 'blog.write', 'homework.tick']));
    expect(answer.body.permissions).not.toContain('class.modules.switch');
  });
});

describe('PATCH /classes/:id/modules', () => {
  it.each([
    ['lea.ce2a', 403, 'FORBIDDEN'],
    ['parent.lea', 403, 'FORBIDDEN'],
    ['curie.ce2.prof', 403, 'FORBIDDEN'],
    ['ferry.cm2.prof', 403, 'FORBIDDEN'],
    ['academie.admin', 403, 'FORBIDDEN'],
    ['tom.cm2', 404, 'NOT_FOUND'],
    ['parent.nina', 404, 'NOT_FOUND'],
  ])('refuses %s switching a module of CE2 A (%i %s), and nothing changes', async (login, status, code) => {
    const answer = await who(login).patch(`/classes/${classIds.get('CE2 A')}/modules`, { blog: false });
    expect(answer.status).toBe(status);
    expect(answer.body.code).toBe(code);
    expect((await who('ferry.ce2a.prof').get(`/classes/${classIds.get('CE2 A')}`)).body.modules.blog).toBe(true);
  });

  it('lets the teacher and the director switch modules; the data of the class is kept; the switch is audited', async () => {
    const id = classIds.get('CE2 A');
    const off = await who('ferry.ce2a.prof').patch(`/classes/${id}/modules`, { blog: false, calendar: false });
    expect(off.status).toBe(200);
    expect(off.body.modules).toMatchObject({ blog: false, calendar: false, messaging: true });
    expect(off.body.permissions).not.toContain('blog.write');
    const pupilView = await who('lea.ce2a').get(`/classes/${id}`);
    expect(pupilView.body.permissions).not.toContain('blog.read');
    const on = await who('ferry.direction').patch(`/classes/${id}/modules`, { blog: true, calendar: true });
    expect(on.body.modules).toMatchObject({ blog: true, calendar: true });
    const teacherId = who('ferry.ce2a.prof').me.id;
    let audited: unknown[] = [];
    for (let i = 0; i < 50 && audited.length < 2; i++) {
      audited = await preau.sql(`select actor_id, details from platform.audit_entry where type = 'directory.modules-switched' order by occurred_at`);
      if (audited.length < 2) await new Promise((r) => setTimeout(r, 200));
    }
    expect(audited).toHaveLength(2);
    expect(audited[0]).toMatchObject({ actor_id: teacherId, details: { classId: id, changes: { blog: false, calendar: false } } });
  });

  it.each([[{}], [{ blog: 'yes' }], [{ homework: true, chess: true }]])('refuses the body %j with the fields at fault', async (body) => {
    const answer = await who('ferry.ce2a.prof').patch(`/classes/${classIds.get('CE2 A')}/modules`, body);
    expect(answer.status).toBe(400);
    expect(answer.body.code).toBe('VALIDATION_FAILED');
    expect(answer.body.errors.length).toBeGreaterThan(0);
  });
});

describe('settings, members, partnerships, emergency switches', () => {
  it('the teacher changes the settings; a pupil may not', async () => {
    const id = classIds.get('CM2');
    expect((await who('tom.cm2').patch(`/classes/${id}/settings`, { commentModeration: 'off' })).status).toBe(403);
    const answer = await who('ferry.cm2.prof').patch(`/classes/${id}/settings`, { commentModeration: 'held', shareBlogWithPartners: true });
    expect(answer.body.settings).toEqual({ commentModeration: 'held', holdPupilMessages: false, shareBlogWithPartners: true });
    expect((await who('ferry.cm2.prof').patch(`/classes/${id}/settings`, { commentModeration: 'sometimes' })).body.errors[0].field).toBe('commentModeration');
  });

  it('members: teachers see the parents, pupils do not', async () => {
    const id = classIds.get('CE2 A');
    const forTeacher = await who('ferry.ce2a.prof').get(`/classes/${id}/members`);
    const forPupil = await who('lea.ce2a').get(`/classes/${id}/members`);
    expect(forTeacher.body.pupils.map((p: { displayName: string }) => p.displayName)).toEqual(['Hugo Bernard', 'Inès Petit', 'Léa Martin']);
    expect(forTeacher.body.parents.map((p: { displayName: string }) => p.displayName)).toEqual(['Karim Bernard', 'Sophie Martin']);
    expect(forPupil.body.parents).toBeUndefined();
    expect((await who('tom.cm2').get(`/classes/${id}/members`)).status).toBe(404);
  });

  it('a partnership: one teacher asks, only the other class’s teacher accepts, either ends it', async () => {
    const cm2 = classIds.get('CM2');
    const curie = classIds.get('Curie CE2') as string;
    expect((await who('ferry.ce2a.prof').post(`/classes/${cm2}/partnerships`, { partnerClassId: curie })).status).toBe(403);
    const asked = await who('ferry.cm2.prof').post(`/classes/${cm2}/partnerships`, { partnerClassId: curie });
    expect(asked.status).toBe(201);
    expect(asked.body).toMatchObject({ status: 'pending' });
    expect((await who('ferry.cm2.prof').post(`/classes/${cm2}/partnerships`, { partnerClassId: curie })).body.code).toBe('CONFLICT');
    expect((await who('tom.cm2').get(`/classes/${curie}`)).status).toBe(404);
    expect((await who('ferry.cm2.prof').post(`/partnerships/${asked.body.id}/accept`)).status).toBe(403);
    const accepted = await who('curie.ce2.prof').post(`/partnerships/${asked.body.id}/accept`);
    expect(accepted.body.status).toBe('active');
    expect((await who('tom.cm2').get(`/classes/${curie}`)).status).toBe(200);
    expect((await who('curie.ce2.prof').delete(`/partnerships/${asked.body.id}`)).status).toBe(204);
    expect((await who('tom.cm2').get(`/classes/${curie}`)).status).toBe(404);
  });

  it('emergency switches: the director and the academy admin switch a module off for a school; others may not', async () => {
    const ferry = who('ferry.direction').me.schools[0].id;
    const curie = who('curie.ce2.prof').me.schools[0].id;
    expect((await who('ferry.ce2a.prof').put(`/admin/schools/${ferry}/switches`, { messaging: false })).status).toBe(403);
    expect((await who('ferry.direction').put(`/admin/schools/${curie}/switches`, { messaging: false })).status).toBe(403);
    const off = await who('ferry.direction').put(`/admin/schools/${ferry}/switches`, { messaging: false });
    expect(off.status).toBe(200);
    expect(off.body.switches.messaging).toBe(false);
    const klass = await who('lea.ce2a').get(`/classes/${classIds.get('CE2 A')}`);
    expect(klass.body.schoolSwitches).toEqual({ messaging: false });
    expect(klass.body.permissions).not.toContain('messaging.use');
    const on = await who('academie.admin').put(`/admin/schools/${ferry}/switches`, { messaging: true });
    expect(on.body.switches.messaging).toBe(true);
  });

  it('admin lists: the director sees Jules Ferry only, the academy admin both schools, a teacher none', async () => {
    expect((await who('ferry.direction').get('/admin/schools')).body.map((s: { name: string }) => s.name)).toEqual(['École élémentaire Jules Ferry']);
    expect((await who('academie.admin').get('/admin/schools')).body.map((s: { name: string }) => s.name)).toEqual(['École élémentaire Jules Ferry', 'École élémentaire Marie Curie']);
    expect((await who('ferry.ce2a.prof').get('/admin/schools')).status).toBe(403);
    const ferry = who('ferry.direction').me.schools[0].id;
    const classes = await who('ferry.direction').get(`/admin/schools/${ferry}/classes`);
    expect(classes.body.map((c: { name: string; pupilCount: number }) => [c.name, c.pupilCount])).toEqual([['CE2 A', 3], ['CM2', 1]]);
  });
});

describe('groups of pupils', () => {
  it('the teacher makes, renames and deletes a group of pupils of the class', async () => {
    const id = classIds.get('CE2 A');
    const lea = who('lea.ce2a').me.id;
    const hugo = who('hugo.ce2a').me.id;
    const created = await who('ferry.ce2a.prof').post(`/classes/${id}/groups`, { name: 'Lecteurs', pupilIds: [lea, hugo] });
    expect(created.status).toBe(201);
    expect(created.body.pupils.map((p: { displayName: string }) => p.displayName)).toEqual(['Hugo Bernard', 'Léa Martin']);
    expect((await who('ferry.ce2a.prof').post(`/classes/${id}/groups`, { name: 'Lecteurs', pupilIds: [] })).body.code).toBe('CONFLICT');
    const renamed = await who('ferry.ce2a.prof').patch(`/groups/${created.body.id}`, { name: 'Grands lecteurs', pupilIds: [lea] });
    expect(renamed.body).toMatchObject({ name: 'Grands lecteurs', pupils: [{ id: lea }] });
    expect((await who('ferry.ce2a.prof').get(`/classes/${id}/groups`)).body.map((g: { name: string }) => g.name)).toEqual(['Grands lecteurs']);
    expect((await who('ferry.ce2a.prof').delete(`/groups/${created.body.id}`)).status).toBe(204);
    expect((await who('ferry.ce2a.prof').get(`/classes/${id}/groups`)).body).toEqual([]);
  });

  it('refuses a pupil of another class in a group, and everyone but the class’s teachers', async () => {
    const id = classIds.get('CE2 A');
    const tom = who('tom.cm2').me.id;
    const outsider = await who('ferry.ce2a.prof').post(`/classes/${id}/groups`, { name: 'Mélange', pupilIds: [tom] });
    expect(outsider.status).toBe(400);
    expect(outsider.body).toMatchObject({ code: 'VALIDATION_FAILED', rule: 'GroupMembersArePupilsOfTheClass' });
    expect((await who('lea.ce2a').post(`/classes/${id}/groups`, { name: 'Nous', pupilIds: [] })).status).toBe(403);
    expect((await who('parent.lea').get(`/classes/${id}/groups`)).status).toBe(403);
    expect((await who('ferry.cm2.prof').post(`/classes/${id}/groups`, { name: 'Nous', pupilIds: [] })).status).toBe(403);
    expect((await who('tom.cm2').get(`/classes/${id}/groups`)).status).toBe(404);
  });
});
