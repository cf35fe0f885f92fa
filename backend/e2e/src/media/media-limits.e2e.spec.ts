import { readdirSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { type ApiClient, as } from '../support/client';
import { type PreauServer, startPreau } from '../support/preau-server';

const FIXTURES = resolve(__dirname, '../../../../../shared/fixtures/media');

let preau: PreauServer;
let pupil: ApiClient;

beforeAll(async () => {
  // A 2 MB upload limit and a 2 MB quota per person, to reach both with the real fixtures.
  preau = await startPreau('media_limits', { PREAU_MAX_UPLOAD_MB: '2', PREAU_QUOTA_MB: '2' });
  pupil = await as(preau.baseUrl, 'tom.cm2');
});
afterAll(() => preau?.stop());

async function upload(fixture: string) {
  const form = new FormData();
  form.append('file', new Blob([new Uint8Array(await readFile(resolve(FIXTURES, fixture)))]), 'upload.bin');
  const response = await fetch(`${preau.baseUrl}/api/v1/media`, { method: 'POST', body: form, headers: { cookie: pupil.cookie ?? '', 'x-csrf-token': pupil.csrfToken ?? '' } });
  return { status: response.status, body: await response.json() };
}

describe('upload limits', () => {
  it('refuses a file over the upload limit with 413 PAYLOAD_TOO_LARGE', async () => {
    const answer = await upload('av/phone-portrait-rotated.mov');
    expect(answer.status).toBe(413);
    expect(answer.body.code).toBe('PAYLOAD_TOO_LARGE');
  });

  it('refuses what would overflow the quota with 507 QUOTA_EXCEEDED, and keeps what was stored', async () => {
    expect((await upload('photos/hdr_iphone_hdr_YES.jpg')).status).toBe(202);
    const over = await upload('photos/corrupted.jpg');
    expect(over.status).toBe(507);
    expect(over.body.code).toBe('QUOTA_EXCEEDED');
    expect((await pupil.get('/media?scope=mine')).body.items).toHaveLength(1);
  });

  it('parallel uploads cannot overshoot the quota together', async () => {
    const other = await as(preau.baseUrl, 'nina.curie');
    const send = async () => {
      const form = new FormData();
      form.append('file', new Blob([new Uint8Array(await readFile(resolve(FIXTURES, 'photos/hdr_iphone_hdr_YES.jpg')))]), 'photo.jpg');
      return (await fetch(`${preau.baseUrl}/api/v1/media`, { method: 'POST', body: form, headers: { cookie: other.cookie ?? '', 'x-csrf-token': other.csrfToken ?? '' } })).status;
    };
    const statuses = await Promise.all([send(), send(), send()]);
    expect(statuses.sort()).toEqual([202, 507, 507]);
    // The refused uploads leave no bytes behind: one folder per stored item (Tom's and Nina's).
    const stored = readdirSync(join(String(preau.env['PREAU_DATA_DIR']), 'media')).filter((name) => !name.startsWith('.'));
    expect(stored).toHaveLength(2);
  });

  it('refuses a request that is not multipart with 415', async () => {
    const answer = await pupil.post('/media', { file: 'nope' });
    expect(answer.status).toBe(415);
    expect(answer.body.code).toBe('UNSUPPORTED_MEDIA_TYPE');
  });
});
