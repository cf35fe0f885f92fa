import { DEMO_ACADEMY, type MeResponse } from '@preau/contracts';
import { type ApiClient, as } from '../support/client';
import { type PreauServer, startPreau } from '../support/preau-server';

/**
 * Schools and classes administered from the console, through a real server with the demo academy
 * (docs/product/demo-school.md; who may: docs/product/access-rules.md, section 5).
 */
let preau: PreauServer;
const people = new Map<string, ApiClient & { me: MeResponse }>();
let ferry: string;
let curie: string;
let ce2a: string;

beforeAll(async () => {
  preau = await startPreau('admin-structures', {}, { withWorker: true });
  for (const person of DEMO_ACADEMY.people) people.set(person.login, await as(preau.baseUrl, person.login));
  ferry = who('ferry.direction').me.schools[0].id;
  curie = who('curie.ce2.prof').me.schools[0].id;
  ce2a = who('ferry.ce2a.prof').me.classes[0].id;
}, 120_000);
afterAll(() => preau?.stop());

function who(login: string) {
  const client = people.get(login);
  if (!client) throw new Error(login);
  return client;
}

const address = { street: '3 rue Paul Bert', postalCode: '75011', city: 'Paris' };

describe('schools', () => {
  let bert: string;

  it('the academy administrator creates a school of the academy, with its UAI and address', async () => {
    const created = await who('academie.admin').post('/admin/schools', {
      name: 'École Paul Bert',
      uai: '0750654d',
      address,
    });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({
      name: 'École Paul Bert',
      academyId: expect.any(String),
      uai: '0750654D',
      address,
      directors: [],
      classCount: 0,
    });
    bert = created.body.id;
    const read = await who('academie.admin').get(`/admin/schools/${bert}`);
    expect(read.body).toMatchObject({ id: bert, uai: '0750654D', address });
    const listed = await who('academie.admin').get('/admin/schools');
    expect(listed.body.map((s: { name: string; uai: string | null }) => [s.name, s.uai])).toEqual([
      ['École élémentaire Jules Ferry', null],
      ['École élémentaire Marie Curie', null],
      ['École Paul Bert', '0750654D'],
    ]);
  });

  it('refuses a UAI whose check letter is wrong (400) or that another school has (409)', async () => {
    const wrongLetter = await who('academie.admin').post('/admin/schools', {
      name: 'École Jean Macé',
      uai: '0750654E',
    });
    expect(wrongLetter.status).toBe(400);
    expect(wrongLetter.body).toMatchObject({
      code: 'VALIDATION_FAILED',
      rule: 'UaiHasItsCheckLetter',
      errors: [{ field: 'uai' }],
    });
    const malformed = await who('academie.admin').post('/admin/schools', { name: 'École Jean Macé', uai: 'ABC' });
    expect(malformed.status).toBe(400);
    expect(malformed.body.errors[0].field).toBe('uai');
    const taken = await who('academie.admin').post('/admin/schools', { name: 'École Jean Macé', uai: '0750654D' });
    expect(taken.status).toBe(409);
    expect(taken.body).toMatchObject({ code: 'CONFLICT', rule: 'UaiIsUnique' });
  });

  it.each(['ferry.direction', 'ferry.ce2a.prof', 'parent.lea', 'lea.ce2a'])(
    'refuses %s creating a school (403)',
    async (login) => {
      const answer = await who(login).post('/admin/schools', { name: 'École Jean Macé', uai: '0693331W' });
      expect(answer.status).toBe(403);
      expect(answer.body.code).toBe('FORBIDDEN');
    },
  );

  it('the director edits the name and address of Jules Ferry, not its UAI; nor Marie Curie at all', async () => {
    const edited = await who('ferry.direction').patch(`/admin/schools/${ferry}`, { address });
    expect(edited.status).toBe(200);
    expect(edited.body).toMatchObject({ id: ferry, address, uai: null, classCount: 2 });
    const uai = await who('ferry.direction').patch(`/admin/schools/${ferry}`, { uai: '0693331W' });
    expect(uai.status).toBe(403);
    expect(uai.body.rule).toBe('OnlyTheAcademyNamesUaiAndDirectors');
    expect((await who('ferry.direction').patch(`/admin/schools/${curie}`, { name: 'Curie' })).status).toBe(404);
    expect((await who('ferry.direction').get(`/admin/schools/${curie}`)).status).toBe(404);
    expect((await who('academie.admin').get('/admin/schools/00000000-0000-4000-8000-000000000000')).status).toBe(404);
    expect((await who('ferry.ce2a.prof').get(`/admin/schools/${ferry}`)).status).toBe(403);
  });

  it('the academy administrator names the UAI and the director of a school', async () => {
    const directorId = who('ferry.direction').me.id;
    const edited = await who('academie.admin').patch(`/admin/schools/${bert}`, {
      uai: '0693331W',
      directorIds: [directorId],
    });
    expect(edited.status).toBe(200);
    expect(edited.body).toMatchObject({ uai: '0693331W', directors: [{ id: directorId, displayName: 'Marc Moreau' }] });
    expect((await who('ferry.direction').get(`/admin/schools/${bert}`)).status).toBe(200);
    const dismissed = await who('academie.admin').patch(`/admin/schools/${bert}`, { directorIds: [] });
    expect(dismissed.body.directors).toEqual([]);
    expect((await who('ferry.direction').get(`/admin/schools/${bert}`)).status).toBe(404);
    const notADirector = await who('academie.admin').patch(`/admin/schools/${bert}`, {
      directorIds: [who('ferry.ce2a.prof').me.id],
    });
    expect(notADirector.status).toBe(400);
    expect(notADirector.body.rule).toBe('DirectorsAreSchoolAdminsOfTheAcademy');
  });
});

describe('classes', () => {
  let double: string;

  it('the director creates a double-level class in Jules Ferry with a teacher, for the current year', async () => {
    const created = await who('ferry.direction').post(`/admin/schools/${ferry}/classes`, {
      name: 'CE2/CM1',
      levels: ['CM1', 'CE2'],
      teacherIds: [who('ferry.cm2.prof').me.id],
    });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({
      name: 'CE2/CM1',
      schoolId: ferry,
      levels: ['CE2', 'CM1'],
      schoolYearId: expect.stringMatching(/^\d{4}-\d{4}$/),
      teachers: [{ id: who('ferry.cm2.prof').me.id, displayName: 'Paul Garnier', role: 'TEACHER' }],
      pupilCount: 0,
    });
    double = created.body.id;
    const classes = await who('ferry.direction').get(`/admin/schools/${ferry}/classes`);
    expect(classes.body.map((c: { name: string; levels: string[] }) => [c.name, c.levels])).toEqual([
      ['CE2 A', ['CE2']],
      ['CE2/CM1', ['CE2', 'CM1']],
      ['CM2', ['CM2']],
    ]);
    // The teacher now teaches it.
    expect((await who('ferry.cm2.prof').get(`/classes/${double}`)).status).toBe(200);
  });

  it('refuses a name the school already has this year (409), three levels (400), an unknown level (400)', async () => {
    const taken = await who('ferry.direction').post(`/admin/schools/${ferry}/classes`, {
      name: 'CM2',
      levels: ['CM2'],
    });
    expect(taken.status).toBe(409);
    expect(taken.body).toMatchObject({ code: 'CONFLICT', rule: 'ClassNameIsUniqueInSchoolYear' });
    const three = await who('ferry.direction').post(`/admin/schools/${ferry}/classes`, {
      name: 'Multi',
      levels: ['CE1', 'CE2', 'CM1'],
    });
    expect(three.status).toBe(400);
    expect(three.body).toMatchObject({ code: 'VALIDATION_FAILED', errors: [{ field: 'levels' }] });
    expect(
      (await who('ferry.direction').post(`/admin/schools/${ferry}/classes`, { name: 'Sixième', levels: ['6E'] }))
        .status,
    ).toBe(400);
  });

  it.each([
    ['ferry.direction', 'curie', 404], // an administrator out of reach: they may not know it exists
    ['ferry.ce2a.prof', 'ferry', 403],
    ['parent.lea', 'ferry', 403],
    ['lea.ce2a', 'ferry', 403],
  ])('refuses %s creating a class in %s (%i)', async (login, school, status) => {
    const answer = await who(login).post(`/admin/schools/${school === 'ferry' ? ferry : curie}/classes`, {
      name: 'CP B',
      levels: ['CP'],
    });
    expect(answer.status).toBe(status);
  });

  it('the director renames the class and changes its teachers; others may not', async () => {
    const edited = await who('ferry.direction').patch(`/admin/classes/${double}`, {
      name: 'CE2/CM1 B',
      teacherIds: [who('ferry.cm2.prof').me.id, who('ferry.ce2a.prof').me.id],
    });
    expect(edited.status).toBe(200);
    expect(edited.body).toMatchObject({ name: 'CE2/CM1 B', levels: ['CE2', 'CM1'] });
    expect(edited.body.teachers.map((t: { displayName: string }) => t.displayName)).toEqual([
      'Anne Lefèvre',
      'Paul Garnier',
    ]);
    const replaced = await who('academie.admin').patch(`/admin/classes/${double}`, {
      teacherIds: [who('ferry.cm2.prof').me.id],
    });
    expect(replaced.body.teachers.map((t: { displayName: string }) => t.displayName)).toEqual(['Paul Garnier']);
    expect(
      (await who('ferry.direction').get(`/classes/${double}/members`)).body.teachers.map(
        (t: { displayName: string }) => t.displayName,
      ),
    ).toEqual(['Paul Garnier']);
    expect((await who('ferry.direction').patch(`/admin/classes/${double}`, { name: 'CM2' })).status).toBe(409);
    for (const login of ['ferry.cm2.prof', 'parent.hugo', 'hugo.ce2a'])
      expect((await who(login).patch(`/admin/classes/${double}`, { name: 'X' })).status).toBe(403);
    expect(
      (await who('ferry.direction').patch(`/admin/classes/${who('curie.ce2.prof').me.classes[0].id}`, { name: 'X' }))
        .status,
    ).toBe(404);
  });

  it('the director moves Hugo into the new class: its members show him, CE2 A no longer does', async () => {
    const hugo = who('hugo.ce2a').me.id;
    const moved = await who('ferry.direction').post(`/admin/classes/${double}/pupils`, { pupilIds: [hugo] });
    expect(moved.status).toBe(200);
    expect(moved.body).toMatchObject({ id: double, pupilCount: 1 });
    const members = await who('ferry.direction').get(`/classes/${double}/members`);
    expect(members.body.pupils.map((p: { displayName: string }) => p.displayName)).toEqual(['Hugo Bernard']);
    const old = await who('ferry.direction').get(`/classes/${ce2a}/members`);
    expect(old.body.pupils.map((p: { displayName: string }) => p.displayName)).toEqual(['Inès Petit', 'Léa Martin']);
    expect((await who('hugo.ce2a').get(`/classes/${double}`)).status).toBe(200);
  });

  it('refuses moving a pupil of another school (404) and anyone but the school’s administrators (403)', async () => {
    const nina = who('nina.curie').me.id;
    const other = await who('ferry.direction').post(`/admin/classes/${double}/pupils`, { pupilIds: [nina] });
    expect(other.status).toBe(404);
    expect(other.body).toMatchObject({ code: 'NOT_FOUND', rule: 'PupilsAreOfTheSchool' });
    const lea = who('lea.ce2a').me.id;
    for (const login of ['ferry.ce2a.prof', 'parent.lea', 'lea.ce2a'])
      expect((await who(login).post(`/admin/classes/${double}/pupils`, { pupilIds: [lea] })).status).toBe(403);
    expect((await who('ferry.direction').post(`/admin/classes/${double}/pupils`, { pupilIds: [] })).status).toBe(400);
    const ce2aMembers = await who('ferry.direction').get(`/classes/${ce2a}/members`);
    expect(ce2aMembers.body.pupils.map((p: { displayName: string }) => p.displayName)).toContain('Léa Martin');
  });

  it('audits every act (the directory audits all its events)', async () => {
    const types = [
      'directory.school-created',
      'directory.school-updated',
      'directory.class-created',
      'directory.class-updated',
      'directory.pupils-moved',
    ];
    let audited: { type: string }[] = [];
    for (let i = 0; i < 100; i++) {
      audited = await preau.sql(`select distinct type from platform.audit_entry where type = any($1)`, [types]);
      if (audited.length === types.length) break;
      await new Promise((r) => setTimeout(r, 200));
    }
    expect(audited.map((a) => a.type).sort()).toEqual([...types].sort());
  });
});
