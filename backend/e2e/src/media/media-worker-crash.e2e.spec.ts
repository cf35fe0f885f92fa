import type { MediaItemView } from '@preau/contracts';
import { execFileSync, type ChildProcess } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { as } from '../support/client';
import { type PreauServer, startPreau, startWorker } from '../support/preau-server';

const VIDEO = resolve(__dirname, '../../../../../shared/fixtures/media/av/phone-portrait-rotated.mov');
const LOCK = { PREAU_MEDIA_JOB_LOCK_SECONDS: '3' };

let preau: PreauServer;
const workers: ChildProcess[] = [];

beforeAll(async () => {
  // The API alone: the test starts and kills the workers itself.
  preau = await startPreau('media_crash', LOCK);
});
afterAll(async () => {
  for (const w of workers) if (w.exitCode === null && w.signalCode === null) w.kill('SIGKILL');
  await preau?.stop();
});

function childrenOf(pid: number): string[] {
  try {
    return execFileSync('ps', ['-o', 'comm=', '--ppid', String(pid)], { encoding: 'utf8' }).split('\n').filter(Boolean);
  } catch {
    return [];
  }
}

async function until<T>(what: string, timeoutMs: number, probe: () => Promise<T | undefined> | T | undefined): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

it('a worker killed in the middle of a video transcode: another worker takes the job over and the item ends ready exactly once', async () => {
  const teacher = await as(preau.baseUrl, 'ferry.ce2a.prof');
  const a = startWorker(preau, LOCK);
  workers.push(a);
  const form = new FormData();
  form.append('file', new Blob([new Uint8Array(await readFile(VIDEO))]), 'video.mov');
  const uploaded = await fetch(`${preau.baseUrl}/api/v1/media`, { method: 'POST', body: form, headers: { cookie: teacher.cookie ?? '', 'x-csrf-token': teacher.csrfToken ?? '' } });
  expect(uploaded.status).toBe(202);
  const { id } = (await uploaded.json()) as MediaItemView;

  // Worker A is mid-job once its ffmpeg runs: kill it (and its ffmpeg) without a chance to clean up.
  await until('worker A to start ffmpeg', 30_000, () => (childrenOf(a.pid as number).some((c) => c.startsWith('ffmpeg')) ? true : undefined));
  for (const pid of execFileSync('pgrep', ['-P', String(a.pid)], { encoding: 'utf8' }).split('\n').filter(Boolean)) process.kill(Number(pid), 'SIGKILL');
  a.kill('SIGKILL');
  expect((await teacher.get<MediaItemView>(`/media/${id}`)).body.status).toBe('processing');

  const b = startWorker(preau, LOCK);
  workers.push(b);
  const done = await until('the item to finish', 60_000, async () => {
    const item = (await teacher.get<MediaItemView>(`/media/${id}`)).body;
    return item.status === 'processing' ? undefined : item;
  });
  expect(done.status).toBe('ready');
  expect(Object.keys(done.renditions).sort()).toEqual(['mp4', 'original', 'poster']);
  const outcomes = await preau.sql<{ type: string }>(`select type from platform.outbox_message where type in ('media.ready', 'media.failed') and payload->>'mediaId' = $1`, [id]);
  expect(outcomes.map((o) => o.type)).toEqual(['media.ready']);
  const video = await fetch(`${preau.baseUrl}${done.renditions['mp4']}`);
  expect(video.status).toBe(200);
  expect(Number(video.headers.get('content-length'))).toBeGreaterThan(10_000);
}, 120_000);
