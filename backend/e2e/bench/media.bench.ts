/**
 * `npm run bench:media`: uploads a batch of real camera photos through the API and measures
 * upload-to-ready throughput (API + queue + worker + storage), beside raw sharp making the same
 * renditions of the same files on the same machine, and prints the ratio (target ≥ 0.8).
 */
import { readdir, readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import sharp from 'sharp';
import { as } from '../src/support/client';
import { startPreau } from '../src/support/preau-server';

const PHOTOS = resolve(__dirname, '../../../../shared/fixtures/media/photos');
const BATCH = Number(process.env['BENCH_PHOTOS'] ?? 48);
const CONCURRENCY = Number(process.env['BENCH_CONCURRENCY'] ?? 2);

async function usablePhotos(): Promise<Buffer[]> {
  const names = (await readdir(PHOTOS)).filter((n) => /^(gps_|orientation_|Canon_|hdr_).*\.jpg$/i.test(n));
  return Promise.all(names.map((n) => readFile(resolve(PHOTOS, n))));
}

/** What the worker does for a photo, with nothing around it: upright, stripped, three renditions. */
async function rawRenditions(photo: Buffer): Promise<void> {
  const upright = await sharp(photo, { limitInputPixels: 50_000_000 }).rotate().toBuffer();
  await Promise.all([
    sharp(upright).resize({ width: 320, withoutEnlargement: true }).webp({ quality: 80 }).toBuffer(),
    sharp(upright).resize({ width: 1280, withoutEnlargement: true }).webp({ quality: 80 }).toBuffer(),
    sharp(upright).resize({ width: 1280, withoutEnlargement: true }).jpeg({ quality: 82, mozjpeg: true }).toBuffer(),
  ]);
}

async function pool<T>(items: T[], width: number, run: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  await Promise.all(Array.from({ length: width }, async () => {
    while (next < items.length) await run(items[next++]);
  }));
}

async function main(): Promise<void> {
  const photos = await usablePhotos();
  const batch = Array.from({ length: BATCH }, (_, i) => photos[i % photos.length]);

  await rawRenditions(batch[0]); // warm-up
  const rawStart = process.hrtime.bigint();
  await pool(batch, CONCURRENCY, rawRenditions);
  const rawSeconds = Number(process.hrtime.bigint() - rawStart) / 1e9;

  const preau = await startPreau('bench_media', { PREAU_LOG_LEVEL: 'warn', PREAU_QUOTA_MB: '10000' }, { withWorker: true });
  try {
    const teacher = await as(preau.baseUrl, 'ferry.ce2a.prof');
    const headers = { cookie: teacher.cookie ?? '', 'x-csrf-token': teacher.csrfToken ?? '' };
    const ids: string[] = [];
    const start = process.hrtime.bigint();
    await pool(batch, 4, async (photo) => {
      const form = new FormData();
      form.append('file', new Blob([new Uint8Array(photo)]), 'photo.jpg');
      const response = await fetch(`${preau.baseUrl}/api/v1/media`, { method: 'POST', body: form, headers });
      if (response.status !== 202) throw new Error(`upload: ${response.status} ${await response.text()}`);
      ids.push(((await response.json()) as { id: string }).id);
    });
    const uploadedSeconds = Number(process.hrtime.bigint() - start) / 1e9;
    for (;;) {
      const rows = await preau.sql<{ n: string }>(`select count(*) as n from media.item where status = 'processing'`);
      if (Number(rows[0].n) === 0) break;
      await new Promise((r) => setTimeout(r, 50));
    }
    const apiSeconds = Number(process.hrtime.bigint() - start) / 1e9;
    const failed = await preau.sql<{ n: string }>(`select count(*) as n from media.item where status = 'failed'`);
    const raw = BATCH / rawSeconds;
    const api = BATCH / apiSeconds;
    console.log(`photos: ${BATCH} (${photos.length} distinct camera photos), concurrency ${CONCURRENCY}, failed: ${failed[0].n}`);
    console.log(`raw sharp renditions:      ${raw.toFixed(2)} photos/s (${rawSeconds.toFixed(2)} s)`);
    console.log(`API upload-to-ready:       ${api.toFixed(2)} photos/s (${apiSeconds.toFixed(2)} s; all uploads answered after ${uploadedSeconds.toFixed(2)} s)`);
    console.log(`ratio (target >= 0.8):     ${(api / raw).toFixed(2)}`);
  } finally {
    await preau.stop();
  }
}

void main().catch((error) => {
  console.error(error);
  process.exit(1);
});
