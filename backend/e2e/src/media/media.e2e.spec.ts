import { type MediaItemView } from '@preau/contracts';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import sharp from 'sharp';
import { as, untilProcessed, uploadFixture } from '../support/client';
import { type PreauServer, startPreau } from '../support/preau-server';


let preau: PreauServer;
let teacher: Awaited<ReturnType<typeof as>>;
let pupil: Awaited<ReturnType<typeof as>>;
let otherPupil: Awaited<ReturnType<typeof as>>;
let parent: Awaited<ReturnType<typeof as>>;
let classId: string;

beforeAll(async () => {
  preau = await startPreau('media', {}, { withWorker: true });
  teacher = await as(preau.baseUrl, 'ferry.ce2a.prof');
  pupil = await as(preau.baseUrl, 'lea.ce2a');
  otherPupil = await as(preau.baseUrl, 'tom.cm2');
  parent = await as(preau.baseUrl, 'parent.lea');
  classId = teacher.me.classes[0].id;
}, 120_000);
afterAll(() => preau?.stop());

const upload = uploadFixture;
const untilFinished = untilProcessed;

const fetchFile = (path: string, headers: Record<string, string> = {}) => fetch(`${preau.baseUrl}${path}`, { headers });

describe('media library over HTTP', () => {
  let photo: MediaItemView;

  it('a camera photo is accepted (202), processed in the background, and served without its GPS', async () => {
    const answer = await upload(teacher, 'photos/gps_DSCN0010.jpg', 'Sortie au parc');
    expect(answer.status).toBe(202);
    expect(answer.body).toMatchObject({ kind: 'image', status: 'processing', title: 'Sortie au parc', mimeType: 'image/jpeg' });
    photo = await untilFinished(teacher, answer.body.id);
    expect(photo.status).toBe('ready');
    expect(Object.keys(photo.renditions).sort()).toEqual(['jpeg', 'original', 'w1280', 'w320']);
    for (const name of ['w320', 'w1280', 'jpeg']) {
      const response = await fetchFile(photo.renditions[name]);
      expect(response.status).toBe(200);
      expect(response.headers.get('x-content-type-options')).toBe('nosniff');
      expect(response.headers.get('content-security-policy')).toContain('sandbox');
      const bytes = Buffer.from(await response.arrayBuffer());
      const meta = await sharp(bytes).metadata();
      expect(meta.exif).toBeUndefined();
      expect(bytes.includes(Buffer.from('GPS'))).toBe(false);
    }
  }, 90_000);

  it('keeps the original (with its camera data) for its owner only', async () => {
    expect(photo.renditions['original']).toBeDefined();
    expect((await teacher.post(`/classes/${classId}/media`, { mediaId: photo.id })).status).toBe(200);
    const seenByPupil = await pupil.get<MediaItemView>(`/media/${photo.id}`);
    expect(seenByPupil.status).toBe(200);
    expect(seenByPupil.body.renditions['original']).toBeUndefined();
    expect(seenByPupil.body.renditions['w1280']).toBeDefined();
  });

  it('the class library is read by the class and its families, not by another class', async () => {
    const forPupil = await pupil.get(`/media?scope=class:${classId}`);
    const forParent = await parent.get(`/media?scope=class:${classId}`);
    expect(forPupil.body.items.map((i: MediaItemView) => i.id)).toContain(photo.id);
    expect(forParent.body.items.map((i: MediaItemView) => i.id)).toContain(photo.id);
    expect((await otherPupil.get(`/media?scope=class:${classId}`)).status).toBe(404);
    expect((await otherPupil.get(`/media/${photo.id}`)).status).toBe(404);
    expect((await pupil.get(`/media?scope=mine`)).body.items).toEqual([]);
  });

  it('only teachers of the class share into its library, only their own items; the owner alone renames or deletes', async () => {
    const mine = await upload(pupil, 'photos/orientation_portrait_8.jpg');
    expect((await pupil.post(`/classes/${classId}/media`, { mediaId: mine.body.id })).status).toBe(403);
    expect((await teacher.post(`/classes/${classId}/media`, { mediaId: mine.body.id })).status).toBe(404);
    expect((await pupil.patch(`/media/${photo.id}`, { title: 'Piraté' })).status).toBe(403);
    expect((await pupil.delete(`/media/${photo.id}`)).status).toBe(403);
    expect((await teacher.patch(`/media/${photo.id}`, { title: 'Le parc' })).body.title).toBe('Le parc');
  });

  it('a file in use asks for confirmation before deletion', async () => {
    const answer = await teacher.delete(`/media/${photo.id}`);
    expect(answer.status).toBe(409);
    expect(answer.body).toMatchObject({ code: 'MEDIA_IN_USE', usages: 1 });
    const folder = join(String(preau.env['PREAU_DATA_DIR']), 'media', photo.id);
    expect(existsSync(folder)).toBe(true);
    expect((await teacher.request('DELETE', `/media/${photo.id}?force=true`)).status).toBe(204);
    expect((await fetchFile(photo.renditions['w320'])).status).toBe(404);
    // The worker deletes the bytes once the deletion is committed.
    for (let i = 0; i < 100 && existsSync(folder); i++) await new Promise((r) => setTimeout(r, 100));
    expect(existsSync(folder)).toBe(false);
    expect((await pupil.get(`/media/${photo.id}`)).status).toBe(404);
  });

  it('serves byte ranges for players', async () => {
    const song = await upload(teacher, 'av/class-song.wav');
    const ready = await untilFinished(teacher, song.body.id);
    expect(ready).toMatchObject({ kind: 'audio', status: 'ready' });
    const response = await fetchFile(ready.renditions['audio'], { range: 'bytes=0-99' });
    expect(response.status).toBe(206);
    expect(response.headers.get('content-range')).toMatch(/^bytes 0-99\/\d+$/);
    expect((await response.arrayBuffer()).byteLength).toBe(100);
  }, 90_000);

  it('a browser recording (WebM) becomes a web MP4 with a poster', async () => {
    const recording = await untilFinished(pupil, (await upload(pupil, 'av/browser-recording.webm')).body.id);
    expect(recording).toMatchObject({ kind: 'video', status: 'ready' });
    expect(Object.keys(recording.renditions).sort()).toEqual(['mp4', 'original', 'poster']);
    expect(recording.metadata.durationSeconds).toBeGreaterThan(1);
    const mp4 = await fetchFile(recording.renditions['mp4']);
    expect(mp4.headers.get('content-type')).toBe('video/mp4');
    expect(mp4.headers.get('content-disposition')).toMatch(/^inline/);
  }, 90_000);

  it.each([
    ['media/hostile/svg-with-script.svg', 415],
    ['media/hostile/page-named-photo.jpg', 415],
  ])('refuses %s (%i) and stores nothing', async (fixture, status) => {
    const before = (await teacher.get('/media?scope=mine')).body.items.length;
    const answer = await upload(teacher, fixture.replace('media/', ''));
    expect(answer.status).toBe(status);
    expect(answer.body.code).toBe('UNSUPPORTED_MEDIA_TYPE');
    expect((await teacher.get('/media?scope=mine')).body.items.length).toBe(before);
  });

  it('a broken photo fails with a reason, and the worker carries on', async () => {
    const broken = await untilFinished(teacher, (await upload(teacher, 'photos/corrupted.jpg')).body.id);
    expect(broken.status).toBe('failed');
    expect(broken.reason?.code).toBe('CORRUPTED_FILE');
    const next = await untilFinished(teacher, (await upload(teacher, 'photos/orientation_landscape_6.jpg')).body.id);
    expect(next.status).toBe('ready');
  }, 90_000);

  it('links: http(s) only, never fetched', async () => {
    const ok = await teacher.post('/media/links', { url: 'https://fr.vikidia.org/wiki/Loup', title: 'Le loup' });
    expect(ok.status).toBe(201);
    expect(ok.body).toMatchObject({ kind: 'link', status: 'ready', url: 'https://fr.vikidia.org/wiki/Loup' });
    for (const url of ['javascript:alert(1)', 'data:text/html,hi', 'file:///etc/passwd']) {
      expect((await teacher.post('/media/links', { url, title: 'x' })).body.code).toBe('VALIDATION_FAILED');
    }
  });

  it('folders: the owner files items in their own folders; nobody else sees or uses them', async () => {
    const folder = await teacher.post('/media/folders', { name: 'Sorties' });
    expect(folder.status).toBe(201);
    expect((await teacher.post('/media/folders', { name: ' Sorties ' })).body.code).toBe('CONFLICT');
    const item = (await teacher.post('/media/links', { url: 'https://example.org/sortie', title: 'Plan de la sortie' })).body;
    expect((await teacher.patch(`/media/${item.id}`, { folderId: folder.body.id })).body.folderId).toBe(folder.body.id);
    expect((await teacher.get(`/media?scope=mine&folderId=${folder.body.id}`)).body.items.map((i: MediaItemView) => i.id)).toEqual([item.id]);
    expect((await teacher.get('/media?scope=mine&folderId=root')).body.items.map((i: MediaItemView) => i.id)).not.toContain(item.id);
    expect((await teacher.get('/media/folders')).body).toEqual([{ id: folder.body.id, name: 'Sorties', itemCount: 1 }]);
    expect((await pupil.get('/media/folders')).body).toEqual([]);
    const own = (await pupil.post('/media/links', { url: 'https://example.org/x', title: 'x' })).body;
    expect((await pupil.patch(`/media/${own.id}`, { folderId: folder.body.id })).status).toBe(404);
    expect((await pupil.request('DELETE', `/media/folders/${folder.body.id}`)).status).toBe(404);
    expect((await teacher.request('DELETE', `/media/folders/${folder.body.id}`)).status).toBe(204);
    expect((await teacher.get(`/media/${item.id}`)).body.folderId).toBeNull();
  });

  it('refuses a forged or tampered file link', async () => {
    expect((await fetchFile('/api/v1/media/files/abc.def.ghi')).status).toBe(404);
  });
});
