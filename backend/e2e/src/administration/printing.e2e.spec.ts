import { DEMO_ACADEMY, type MeResponse } from '@preau/contracts';
import { BinaryBitmap, DecodeHintType, HybridBinarizer, QRCodeReader, RGBLuminanceSource } from '@zxing/library';
import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { type ApiClient, as } from '../support/client';
import { type PreauServer, startPreau } from '../support/preau-server';

// Issue 11: the printed credentials (docs/product/access-rules.md §5: "print login sheets", the school's director or
// the academy's administrators; a class's cards reprinted by its teachers too).

const run = promisify(execFile);
let preau: PreauServer;
const people = new Map<string, ApiClient & { me: MeResponse }>();
let ferry: string;
let curie: string;
let ce2a: string;
let curieCe2: string;

beforeAll(async () => {
  preau = await startPreau('printing', {}, { withWorker: true });
  for (const person of DEMO_ACADEMY.people) people.set(person.login, await as(preau.baseUrl, person.login));
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

/** A GET whose body stays bytes (the ApiClient reads text). */
async function download(login: string, path: string): Promise<{ status: number; headers: Headers; body: Buffer }> {
  const response = await fetch(`${preau.baseUrl}/api/v1${path}`, { headers: { cookie: who(login).cookie ?? '' } });
  return { status: response.status, headers: response.headers, body: Buffer.from(await response.arrayBuffer()) };
}

async function withPdf<T>(pdf: Buffer, use: (path: string, dir: string) => Promise<T>): Promise<T> {
  const dir = await mkdtemp(join(tmpdir(), 'preau-print-e2e-'));
  try {
    await writeFile(join(dir, 'printed.pdf'), pdf);
    return await use(join(dir, 'printed.pdf'), dir);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

const pdfText = (pdf: Buffer) => withPdf(pdf, async (path) => (await run('pdftotext', ['-layout', '-enc', 'UTF-8', path, '-'])).stdout);
const pdfFonts = (pdf: Buffer) => withPdf(pdf, async (path) => (await run('pdffonts', [path])).stdout);

/**
 * The first card of the first page (the top-left of a 2 × 4 A4 sheet) rendered in grey as a camera would see it, its QR
 * code decoded: one card is enough, and a camera sees one card at a time (the reader finds one code in a picture).
 */
const firstQrCode = (pdf: Buffer) =>
  withPdf(pdf, async (path, dir) => {
    const firstCard = ['-x', '30', '-y', '95', '-W', '390', '-H', '270']; // at 100 dpi: 10 mm margin, 16 mm header, 95 × 65 mm cards
    await run('pdftoppm', ['-gray', '-r', '100', '-f', '1', '-l', '1', ...firstCard, '-singlefile', path, join(dir, 'page')]);
    const pgm = await readFile(join(dir, 'page.pgm'));
    const match = /^P5\s+(\d+)\s+(\d+)\s+\d+\s/.exec(pgm.subarray(0, 64).toString('latin1'));
    if (!match) throw new Error('pdftoppm did not write a binary PGM');
    const [header, width, height] = match;
    const pixels = new Uint8ClampedArray(pgm.subarray(header.length));
    const bitmap = new BinaryBitmap(new HybridBinarizer(new RGBLuminanceSource(pixels, Number(width), Number(height))));
    return new QRCodeReader().decode(bitmap, new Map([[DecodeHintType.TRY_HARDER, true]])).getText();
  });

async function audited(what: string): Promise<Record<string, unknown>[]> {
  let rows: Record<string, unknown>[] = [];
  for (let i = 0; i < 50 && rows.length === 0; i++) {
    rows = await preau.sql(
      `select actor_id, origin, details from platform.audit_entry where type = 'administration.credentials-printed' and details->>'what' = $1`,
      [what],
    );
    if (!rows.length) await new Promise((r) => setTimeout(r, 200));
  }
  return rows;
}

describe('GET /admin/schools/:schoolId/login-sheets.pdf', () => {
  it("prints CE2 A's cards for the director: a PDF with the pupils' logins, fonts embedded, never cached; the act is audited", async () => {
    const answer = await download('ferry.direction', `/admin/schools/${ferry}/login-sheets.pdf?classId=${ce2a}`);
    expect(answer.status).toBe(200);
    expect(answer.headers.get('content-type')).toBe('application/pdf');
    expect(answer.headers.get('content-disposition')).toBe('inline; filename="cartes-ce2-a.pdf"');
    expect(answer.headers.get('cache-control')).toBe('no-store');
    expect(answer.body.subarray(0, 5).toString()).toBe('%PDF-');
    const text = await pdfText(answer.body);
    for (const login of ['lea.ce2a', 'hugo.ce2a', 'ines.ce2a']) expect(text).toContain(login);
    expect(text).toContain('École élémentaire Jules Ferry — CE2 A');
    expect(text).not.toContain('tom.cm2');
    expect(await pdfFonts(answer.body)).toMatch(/DejaVuSans\S*\s+CID TrueType\s+Identity-H\s+yes/);
    const rows = await audited('login-sheets');
    expect(rows[0]).toMatchObject({ actor_id: who('ferry.direction').me.id, origin: expect.any(String), details: { schoolId: ferry, classId: ce2a, accounts: 3 } });
  });

  it("prints every class of the school for the academy's administrator", async () => {
    const answer = await download('academie.admin', `/admin/schools/${ferry}/login-sheets.pdf`);
    expect(answer.status).toBe(200);
    const text = await pdfText(answer.body);
    expect(text).toContain('lea.ce2a');
    expect(text).toContain('tom.cm2');
  });

  // docs/product/access-rules.md §5: someone who administers nothing gets 403; an administrator asking about a
  // school outside their reach, 404.
  it.each([['parent.lea'], ['lea.ce2a'], ['ferry.ce2a.prof'], ['curie.ce2.prof']])('refuses %s (403)', async (login) => {
    const answer = await who(login).get(`/admin/schools/${ferry}/login-sheets.pdf?classId=${ce2a}`);
    expect(answer.status).toBe(403);
    expect(answer.body.code).toBe('FORBIDDEN');
    expect(answer.headers.get('content-type')).toContain('application/problem+json');
  });

  it("answers 404 to Jules Ferry's director asking for Marie Curie's sheets", async () => {
    const answer = await who('ferry.direction').get(`/admin/schools/${curie}/login-sheets.pdf`);
    expect(answer.status).toBe(404);
    expect(answer.body.code).toBe('NOT_FOUND');
  });

  it('answers 404 for a class of another school and 400 for a malformed class id', async () => {
    expect((await who('ferry.direction').get(`/admin/schools/${ferry}/login-sheets.pdf?classId=${curieCe2}`)).status).toBe(404);
    const malformed = await who('ferry.direction').get(`/admin/schools/${ferry}/login-sheets.pdf?classId=ce2a`);
    expect(malformed.status).toBe(400);
    expect(malformed.body.code).toBe('VALIDATION_FAILED');
  });
});

describe('GET /admin/schools/:schoolId/family-letters.pdf', () => {
  it("writes to CE2 A's families: their logins and where to log in; the act is audited", async () => {
    const answer = await download('ferry.direction', `/admin/schools/${ferry}/family-letters.pdf?classId=${ce2a}`);
    expect(answer.status).toBe(200);
    expect(answer.headers.get('content-type')).toBe('application/pdf');
    expect(answer.headers.get('cache-control')).toBe('no-store');
    const text = await pdfText(answer.body);
    expect(text).toContain('parent.lea');
    expect(text).toContain(preau.baseUrl);
    expect(text).not.toContain('parent.nina');
    expect((await audited('family-letters'))[0]).toMatchObject({ details: { schoolId: ferry, classId: ce2a } });
  });

  it('refuses a parent (403)', async () => {
    expect((await who('parent.lea').get(`/admin/schools/${ferry}/family-letters.pdf`)).status).toBe(403);
  });
});

describe('POST /admin/classes/:classId/cards', () => {
  it("lets CE2 A's teacher reprint the class's cards; the new card logs its pupil in, the old one stops working", async () => {
    const first = await who('ferry.ce2a.prof').post(`/admin/classes/${ce2a}/cards`);
    expect(first.status).toBe(200);
    expect(first.body).toEqual({ reissued: 3 });
    const sheets = await download('ferry.direction', `/admin/schools/${ferry}/login-sheets.pdf?classId=${ce2a}`);
    const token = await firstQrCode(sheets.body);
    expect(token).toMatch(/^PC1\./);
    const tablet = await fetch(`${preau.baseUrl}/api/v1/auth/card`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ token }),
    });
    expect(tablet.status).toBe(200);

    expect((await who('ferry.direction').post(`/admin/classes/${ce2a}/cards`)).body).toEqual({ reissued: 3 });
    const revoked = await fetch(`${preau.baseUrl}/api/v1/auth/card`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ token }),
    });
    expect(revoked.status).toBe(401);
  });

  it.each([
    ['parent.lea', 403],
    ['lea.ce2a', 403],
    ['ferry.cm2.prof', 403],
    ['tom.cm2', 404],
  ])('refuses %s (%i)', async (login, status) => {
    expect((await who(login).post(`/admin/classes/${ce2a}/cards`)).status).toBe(status);
  });
});

describe('GET /classes/:classId/login-sheets.pdf', () => {
  it("prints CE2 A's cards for its teacher: only its pupils, never cached; the act is audited under the teacher", async () => {
    const answer = await download('ferry.ce2a.prof', `/classes/${ce2a}/login-sheets.pdf`);
    expect(answer.status).toBe(200);
    expect(answer.headers.get('content-type')).toBe('application/pdf');
    expect(answer.headers.get('content-disposition')).toBe('inline; filename="cartes-ce2-a.pdf"');
    expect(answer.headers.get('cache-control')).toBe('no-store');
    const text = await pdfText(answer.body);
    for (const login of ['lea.ce2a', 'hugo.ce2a', 'ines.ce2a']) expect(text).toContain(login);
    expect(text).toContain('École élémentaire Jules Ferry — CE2 A');
    expect(text).not.toContain('tom.cm2');
    expect(text).not.toContain('parent.lea');
    // The audit trail is written by the worker, after the director's earlier print: wait for the teacher's.
    const teacher = who('ferry.ce2a.prof').me.id;
    let rows: Record<string, unknown>[] = [];
    for (let i = 0; i < 50 && !rows.some((r) => r['actor_id'] === teacher); i++) {
      rows = await audited('login-sheets');
      if (!rows.some((r) => r['actor_id'] === teacher)) await new Promise((r) => setTimeout(r, 200));
    }
    expect(rows).toContainEqual(
      expect.objectContaining({ actor_id: teacher, details: expect.objectContaining({ schoolId: ferry, classId: ce2a, accounts: 3 }) }),
    );
  });

  it("the class's sheet carries the cards its teacher just reissued: the new card logs its pupil in", async () => {
    expect((await who('ferry.ce2a.prof').post(`/admin/classes/${ce2a}/cards`)).body).toEqual({ reissued: 3 });
    const sheets = await download('ferry.ce2a.prof', `/classes/${ce2a}/login-sheets.pdf`);
    expect(sheets.status).toBe(200);
    const token = await firstQrCode(sheets.body);
    expect(token).toMatch(/^PC1\./);
    const tablet = await fetch(`${preau.baseUrl}/api/v1/auth/card`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ token }),
    });
    expect(tablet.status).toBe(200);
  });

  it('prints the class for its school director too', async () => {
    const answer = await download('ferry.direction', `/classes/${ce2a}/login-sheets.pdf`);
    expect(answer.status).toBe(200);
    expect(await pdfText(answer.body)).toContain('lea.ce2a');
  });

  // docs/product/access-rules.md: a teacher prints the cards of their own classes only; a parent or a pupil never.
  it.each([
    ['ferry.cm2.prof', 403],
    ['parent.lea', 403],
    ['lea.ce2a', 403],
    ['tom.cm2', 404],
    ['curie.ce2.prof', 403],
  ])('refuses %s (%i), as problem+json', async (login, status) => {
    const answer = await who(login).get(`/classes/${ce2a}/login-sheets.pdf`);
    expect(answer.status).toBe(status);
    expect(answer.headers.get('content-type')).toContain('application/problem+json');
  });

  it('answers 400 for a malformed class id', async () => {
    expect((await who('ferry.ce2a.prof').get('/classes/ce2a/login-sheets.pdf')).status).toBe(400);
  });
});
