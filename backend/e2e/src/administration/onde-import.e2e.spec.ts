import type {
  AdminUserView,
  CreatedStaffView,
  ImportJobView,
  ImportReport,
  MeResponse,
  Page,
  ProblemDetails,
} from '@preau/contracts';
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { type Answer, type ApiClient, as } from '../support/client';
import { type PreauServer, startPreau } from '../support/preau-server';
import { ondePupilsFile } from './onde-files';

/**
 * ONDE imports through the real server and worker, with the demo academy (docs/product/brief.md, ONDE imports;
 * docs/product/access-rules.md, Administration): Jules Ferry's director imports the shared fixtures.
 */
const ONDE = resolve(__dirname, '../../../../../shared/fixtures/onde');

let preau: PreauServer;
let director: ApiClient & { me: MeResponse };
let ferry: string;
let curie: string;

beforeAll(async () => {
  preau = await startPreau('onde_import', {}, { withWorker: true });
  director = await as(preau.baseUrl, 'ferry.direction');
  ferry = director.me.schools[0].id;
  const curieTeacher = await as(preau.baseUrl, 'curie.ce2.prof');
  curie = curieTeacher.me.classes[0].schoolId;
}, 120_000);
afterAll(() => preau?.stop());

async function upload<T = ImportReport>(
  client: ApiClient,
  schoolId: string,
  file: Buffer | string,
  query = 'dryRun=true',
): Promise<Answer<T>> {
  const bytes = typeof file === 'string' ? await readFile(resolve(ONDE, file)) : file;
  const form = new FormData();
  form.append('file', new Blob([new Uint8Array(bytes)]), typeof file === 'string' ? file : 'import.csv');
  const response = await fetch(`${client.baseUrl}/api/v1/admin/schools/${schoolId}/imports?${query}`, {
    method: 'POST',
    body: form,
    headers: { cookie: client.cookie ?? '', 'x-csrf-token': client.csrfToken ?? '' },
  });
  return { status: response.status, body: (await response.json()) as T, headers: response.headers };
}

describe('POST /admin/schools/:schoolId/imports', () => {
  it('a dry run of eleves.csv reports what would change and writes nothing', async () => {
    const answer = await upload(director, ferry, 'eleves.csv');
    expect(answer.status).toBe(200);
    expect(answer.body).toMatchObject({
      kind: 'pupils',
      dryRun: true,
      created: 7,
      updated: 0,
      unchanged: 0,
      errors: [],
      newClasses: ['CE2 B', 'CP'],
      detached: false,
    });
    // The demo pupils of Jules Ferry are not in the file: listed as leaving, never detached by a dry run.
    expect(answer.body.leavingPupils.map((p) => p.displayName).sort()).toEqual([
      'Hugo Bernard',
      'Inès Petit',
      'Léa Martin',
      'Tom Bernard',
    ]);
    expect((await director.get<Page<AdminUserView>>(`/admin/users?schoolId=${ferry}&q=chloe`)).body.items).toEqual([]);
  });

  it('then for real: the pupils and their accounts exist, the classes are created, and the import is audited', async () => {
    const answer = await upload(director, ferry, 'eleves.csv', 'dryRun=false');
    expect(answer.status).toBe(200);
    expect(answer.body).toMatchObject({
      dryRun: false,
      created: 7,
      leaving: 4,
      detached: false,
      newClasses: ['CE2 B', 'CP'],
    });
    const found = await director.get<Page<AdminUserView>>(`/admin/users?schoolId=${ferry}&q=chloe`);
    expect(found.status).toBe(200);
    expect(found.body.items).toEqual([
      expect.objectContaining({
        login: 'chloe.leroy',
        displayName: 'Chloé Leroy',
        role: 'PUPIL',
        classes: [expect.objectContaining({ name: 'CE2 B' })],
      }),
    ]);
    // Accent- and case-insensitive, by name or login.
    expect((await director.get<Page<AdminUserView>>(`/admin/users?q=SIOBHAN`)).body.items.map((u) => u.login)).toEqual([
      'siobhan.obrien',
    ]);
    let audited: unknown[] = [];
    for (let i = 0; i < 50 && !audited.length; i++) {
      audited = await preau.sql(
        `select actor_id from platform.audit_entry where type = 'administration.import-applied'`,
      );
      if (!audited.length) await new Promise((r) => setTimeout(r, 200));
    }
    expect(audited).toEqual([{ actor_id: director.me.id }]);
  });

  it('re-importing the same pupils (the UTF-8 export this time) changes nothing and duplicates no one', async () => {
    const answer = await upload(director, ferry, 'eleves-utf8-bom.csv', 'dryRun=false');
    expect(answer.body).toMatchObject({ created: 0, updated: 0, unchanged: 7, leaving: 4, newClasses: [] });
    expect(
      (await director.get<Page<AdminUserView>>(`/admin/users?schoolId=${ferry}&q=leroy`)).body.items
        .map((u) => u.login)
        .sort(),
    ).toEqual(['adam.leroy', 'chloe.leroy']);
  });

  it('responsables.csv links each guardian to each of their children', async () => {
    const answer = await upload(director, ferry, 'responsables.csv', 'dryRun=false');
    expect(answer.body).toMatchObject({ kind: 'guardians', created: 8, errors: [] });
    const sophie = (await director.get<Page<AdminUserView>>(`/admin/users?schoolId=${ferry}&q=sophie leroy`)).body
      .items[0];
    expect(sophie).toMatchObject({ role: 'PARENT', pendingActivation: true });
    expect(sophie.children?.map((c) => c.displayName).sort()).toEqual(['Adam Leroy', 'Chloé Leroy']);
    const again = await upload(director, ferry, 'responsables-utf8-bom.csv', 'dryRun=false');
    expect(again.body).toMatchObject({ created: 0, unchanged: 8 });
  });

  it('reports the faulty lines of eleves-with-errors.csv with their spreadsheet line numbers', async () => {
    const answer = await upload(director, ferry, 'eleves-with-errors.csv');
    expect(answer.status).toBe(200);
    expect(answer.body.errors.map((e) => e.line)).toEqual([4, 5, 6, 7, 8]);
    expect(answer.body.unchanged).toBe(2);
  });

  it('refuses whole a file with a missing column (naming it), a file that is not CSV, and one over the limit', async () => {
    const missing = await upload(director, ferry, 'eleves-missing-column.csv');
    expect(missing.status).toBe(400);
    expect(missing.body).toMatchObject({
      code: 'ONDE_COLUMN_MISSING',
      detail: expect.stringContaining('Prénom élève'),
    });
    const binary = await upload(director, ferry, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0]));
    expect(binary.body).toMatchObject({ status: 400, code: 'ONDE_NOT_CSV' });
    const huge = await upload(director, ferry, Buffer.alloc(3 * 1024 * 1024, 0x41));
    expect(huge.body).toMatchObject({ status: 413, code: 'PAYLOAD_TOO_LARGE' });
  });

  it.each([['ferry.ce2a.prof'], ['parent.lea'], ['lea.ce2a']])(
    'refuses %s (403) and changes nothing',
    async (login) => {
      const answer = await upload<ProblemDetails>(
        await as(preau.baseUrl, login),
        ferry,
        'eleves.csv',
        'dryRun=false&detachLeaving=true',
      );
      expect(answer.status).toBe(403);
      expect(answer.body.code).toBe('FORBIDDEN');
    },
  );

  it("refuses Jules Ferry's director in Marie Curie", async () => {
    const answer = await upload(director, curie, 'eleves.csv', 'dryRun=false');
    expect([403, 404]).toContain(answer.status);
  });

  it('runs a large file as a job whose progress its author follows; other people may not read it', async () => {
    const started = await upload<ImportJobView>(director, ferry, ondePupilsFile(200), 'dryRun=false');
    expect(started.status).toBe(202);
    expect(started.body).toMatchObject({ schoolId: ferry, kind: 'pupils', state: 'queued', report: null });
    let job = started.body;
    for (let i = 0; i < 300 && (job.state === 'queued' || job.state === 'running'); i++) {
      await new Promise((r) => setTimeout(r, 200));
      job = (await director.get<ImportJobView>(`/admin/imports/${started.body.id}`)).body;
    }
    expect(job).toMatchObject({
      state: 'done',
      failure: null,
      progress: { done: 3, total: 3 },
      report: { created: 200, dryRun: false },
    });
    expect((await (await as(preau.baseUrl, 'ferry.ce2a.prof')).get(`/admin/imports/${started.body.id}`)).status).toBe(
      404,
    );
    expect((await (await as(preau.baseUrl, 'academie.admin')).get(`/admin/imports/${started.body.id}`)).status).toBe(
      200,
    );
  }, 90_000);
});

describe('GET /admin/users', () => {
  it('refuses a teacher and a parent', async () => {
    for (const login of ['ferry.ce2a.prof', 'parent.lea']) {
      const answer = await (await as(preau.baseUrl, login)).get('/admin/users');
      expect(answer.status).toBe(403);
    }
  });

  it("does not show Marie Curie's people to Jules Ferry's director", async () => {
    expect((await director.get(`/admin/users?schoolId=${curie}`)).status).toBe(404);
    expect((await director.get<Page<AdminUserView>>('/admin/users?q=nina')).body.items).toEqual([]);
  });
});

describe('POST /admin/schools/:schoolId/staff', () => {
  it('the director registers a teacher, who gets an activation code', async () => {
    const answer = await director.post<CreatedStaffView>(`/admin/schools/${ferry}/staff`, {
      firstName: 'Anne',
      lastName: 'Roussel',
      role: 'TEACHER',
    });
    expect(answer.status).toBe(201);
    expect(answer.body.user).toMatchObject({ login: 'anne.roussel', role: 'TEACHER', pendingActivation: true });
    // 12 characters without look-alikes, grouped by 4 (docs/decisions/0010).
    expect(answer.body.credentials.activationCode?.replace(/[^A-Z0-9]/g, '')).toMatch(/^[A-HJKMNP-Z2-9]{12}$/);
    expect((await director.get<Page<AdminUserView>>(`/admin/users?q=roussel`)).body.items.map((u) => u.login)).toEqual([
      'anne.roussel',
    ]);
  });

  it('refuses a teacher', async () => {
    const answer = await (
      await as(preau.baseUrl, 'ferry.ce2a.prof')
    ).post(`/admin/schools/${ferry}/staff`, { firstName: 'X', lastName: 'Y', role: 'TEACHER' });
    expect(answer.status).toBe(403);
  });
});
