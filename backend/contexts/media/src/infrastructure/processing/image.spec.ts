import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import * as os from 'node:os';
import * as path from 'node:path';
import { promisify } from 'node:util';
import sharp = require('sharp');
import { MediaProcessingFailure, type ProcessedMedia } from '../../application/ports/media-processor.port';
import { SharpFfmpegMediaProcessor } from './sharp-ffmpeg-media-processor';

// The shared fixtures live beside the repository (/work/shared), never copied into it.
const FIXTURES = path.resolve(__dirname, '../../../../../../../shared/fixtures/media');
const photo = (name: string) => path.join(FIXTURES, 'photos', name);
const hostile = (name: string) => path.join(FIXTURES, 'hostile', name);
const run = promisify(execFile);

const processor = new SharpFfmpegMediaProcessor();
let workDir: string;
beforeEach(async () => {
  workDir = await mkdtemp(path.join(os.tmpdir(), 'preau-image-spec-'));
});
afterEach(async () => {
  await rm(workDir, { recursive: true, force: true });
});

const processImage = (file: string, mimeType = 'image/jpeg') => processor.process({ kind: 'image', mimeType, path: file, workDir });

async function failureOf(promise: Promise<unknown>): Promise<MediaProcessingFailure> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(MediaProcessingFailure);
  return error as MediaProcessingFailure;
}

/** Finds the GPS IFD of a JPEG/HEIC's EXIF (a TIFF structure) and, when present, the latitude's 24 raw bytes. */
function gpsOf(exif: Buffer | undefined): { hasGpsIfd: boolean; latitude?: Buffer } {
  if (!exif) return { hasGpsIfd: false };
  const tiff = exif.subarray(exif.indexOf('Exif\0\0') === 0 ? 6 : 0);
  const little = tiff.toString('latin1', 0, 2) === 'II';
  const u16 = (o: number) => (little ? tiff.readUInt16LE(o) : tiff.readUInt16BE(o));
  const u32 = (o: number) => (little ? tiff.readUInt32LE(o) : tiff.readUInt32BE(o));
  const entries = (ifd: number) => Array.from({ length: u16(ifd) }, (_, i) => ifd + 2 + i * 12);
  const gpsEntry = entries(u32(4)).find((e) => u16(e) === 0x8825);
  if (gpsEntry === undefined) return { hasGpsIfd: false };
  const latitudeEntry = entries(u32(gpsEntry + 8)).find((e) => u16(e) === 0x0002);
  return { hasGpsIfd: true, latitude: latitudeEntry === undefined ? undefined : tiff.subarray(u32(latitudeEntry + 8), u32(latitudeEntry + 8) + 24) };
}

/** Every image rendition: no metadata block as sharp reads it, and no trace of one in the bytes. */
async function expectNoMetadata(result: ProcessedMedia, latitude?: Buffer): Promise<void> {
  expect(result.renditions.map((r) => r.name).sort()).toEqual(['jpeg', 'w1280', 'w320']);
  for (const rendition of result.renditions) {
    const meta = await sharp(rendition.path).metadata();
    expect({ name: rendition.name, exif: meta.exif, xmp: meta.xmp, iptc: meta.iptc }).toEqual({ name: rendition.name, exif: undefined, xmp: undefined, iptc: undefined });
    const bytes = await readFile(rendition.path);
    for (const marker of ['Exif\0\0', 'II*\0', 'MM\0*', 'GPS', 'http://ns.adobe.com/xap', 'Photoshop 3.0']) {
      expect({ name: rendition.name, marker, found: bytes.includes(marker) }).toEqual({ name: rendition.name, marker, found: false });
    }
    if (latitude) expect(bytes.includes(latitude)).toBe(false);
  }
}

describe('SharpFfmpegMediaProcessor: photos', () => {
  it.each(['gps_DSCN0010.jpg', 'gps_DSCN0025.jpg', 'Canon_40D.jpg', 'hdr_iphone_hdr_YES.jpg'])('removes the GPS position and every metadata block of %s', async (name) => {
    const original = await sharp(photo(name)).metadata();
    const gps = gpsOf(original.exif);
    expect(gps.hasGpsIfd).toBe(true); // the fixture does carry a GPS block: the test can fail
    if (name.startsWith('gps_')) expect(gps.latitude).toHaveLength(24);

    const result = await processImage(photo(name));

    await expectNoMetadata(result, gps.latitude);
    expect(result.metadata).toEqual({ width: original.width, height: original.height });
  });

  it('keeps the proportions and never upscales', async () => {
    const large = await processImage(photo('hdr_iphone_hdr_YES.jpg')); // 3264×2448
    expect(large.renditions.map((r) => [r.name, r.width, r.height, r.contentType])).toEqual([
      ['w320', 320, 240, 'image/webp'],
      ['w1280', 1280, 960, 'image/webp'],
      ['jpeg', 1280, 960, 'image/jpeg'],
    ]);
    for (const rendition of large.renditions) {
      const meta = await sharp(rendition.path).metadata();
      expect([meta.format, meta.width, meta.height]).toEqual([rendition.contentType === 'image/jpeg' ? 'jpeg' : 'webp', rendition.width, rendition.height]);
    }
    // Same work directory: a second run (a retried job) overwrites the same three files.
    const small = await processImage(photo('Canon_40D.jpg')); // 100×68
    expect(small.renditions.map((r) => [r.name, r.width, r.height])).toEqual([
      ['w320', 100, 68],
      ['w1280', 100, 68],
      ['jpeg', 100, 68],
    ]);
    expect((await readdir(workDir)).sort()).toEqual(['jpeg.jpg', 'w1280.webp', 'w320.webp']);
  });

  // Expected rotation of the stored pixels for each EXIF orientation (clockwise degrees).
  it.each([
    ['orientation_landscape_3.jpg', 3, 180],
    ['orientation_landscape_6.jpg', 6, 90],
    ['orientation_portrait_8.jpg', 8, 270],
  ])('turns %s (EXIF orientation %i) upright', async (name, orientation, degrees) => {
    const original = await sharp(photo(name)).metadata();
    expect(original.orientation).toBe(orientation);
    const quarterTurn = orientation >= 5;
    const upright = { width: quarterTurn ? original.height : original.width, height: quarterTurn ? original.width : original.height };

    const result = await processImage(photo(name));

    expect(result.metadata).toEqual(upright);
    const w1280 = result.renditions.find((r) => r.name === 'w1280');
    expect({ width: w1280?.width, height: w1280?.height }).toEqual(upright);
    // The content too, not only the frame: the rendition looks like the stored pixels turned by hand.
    const thumb = (image: sharp.Sharp) => image.resize(32, 32, { fit: 'fill' }).greyscale().raw().toBuffer();
    const byHand = await thumb(sharp(photo(name)).rotate(degrees));
    const notTurned = await thumb(sharp(photo(name)));
    const rendered = await thumb(sharp(w1280?.path));
    const distance = (a: Buffer, b: Buffer) => a.reduce((sum, v, i) => sum + Math.abs(v - b[i]), 0) / a.length;
    expect(distance(rendered, byHand)).toBeLessThan(8);
    expect(distance(rendered, notTurned)).toBeGreaterThan(2 * distance(rendered, byHand) + 8);
  });

  it('converts the iPhone HEIC through heif-convert and strips its GPS position', async () => {
    const original = await sharp(photo('heic_IMG_5195.HEIC')).metadata();
    const gps = gpsOf(original.exif);
    expect(gps.latitude).toHaveLength(24);

    const result = await processor.process({ kind: 'image', mimeType: 'image/heic', path: photo('heic_IMG_5195.HEIC'), workDir });

    await expectNoMetadata(result, gps.latitude);
    expect(result.metadata).toEqual({ width: 2566, height: 3313 });
    expect(result.renditions.find((r) => r.name === 'w1280')).toMatchObject({ width: 1280, height: 1653 });
    // The decoded JPEG (GPS still inside) lived in a scratch folder that is gone.
    expect((await readdir(workDir)).sort()).toEqual(['jpeg.jpg', 'w1280.webp', 'w320.webp']);
  }, 20_000);

  it('never changes the original', async () => {
    const digest = async () => createHash('sha256').update(await readFile(photo('gps_DSCN0010.jpg'))).digest('hex');
    const before = await digest();
    await processImage(photo('gps_DSCN0010.jpg'));
    expect(await digest()).toBe(before);
  });

  it('puts a white page behind a transparent image in the JPEG fallback, and keeps transparency in WebP', async () => {
    const transparent = path.join(workDir, 'input.png');
    await sharp({ create: { width: 40, height: 20, channels: 4, background: { r: 0, g: 0, b: 0, alpha: 0 } } }).png().toFile(transparent);
    const result = await processImage(transparent, 'image/png');
    const jpeg = result.renditions.find((r) => r.name === 'jpeg');
    expect((await sharp(jpeg?.path).raw().toBuffer()).every((v) => v > 240)).toBe(true);
    expect((await sharp(result.renditions[0].path).metadata()).hasAlpha).toBe(true);
  });
});

describe('SharpFfmpegMediaProcessor: other kinds of pictures', () => {
  it('keeps the first frame of an animated GIF', async () => {
    const gif = path.join(workDir, 'input.gif');
    await run('ffmpeg', ['-v', 'error', '-f', 'lavfi', '-i', 'testsrc=size=80x60:rate=5:duration=1', gif]);
    expect((await sharp(gif).metadata()).pages).toBe(5);
    const result = await processImage(gif, 'image/gif');
    expect(result.metadata).toEqual({ width: 80, height: 60 });
    for (const rendition of result.renditions) {
      const meta = await sharp(rendition.path).metadata();
      expect([meta.width, meta.height, meta.pages ?? 1]).toEqual([80, 60, 1]);
    }
  });

  it.each([
    ['a 16-bit PNG', (image: sharp.Sharp) => image.toColourspace('rgb16').png(), 'image/png'],
    ['a CMYK JPEG', (image: sharp.Sharp) => image.toColourspace('cmyk').jpeg(), 'image/jpeg'],
    ['a greyscale TIFF', (image: sharp.Sharp) => image.greyscale().tiff(), 'image/tiff'],
  ])('turns %s into 8-bit sRGB renditions', async (_label, encode, mimeType) => {
    const file = path.join(workDir, 'input');
    await encode(sharp({ create: { width: 300, height: 200, channels: 3, background: '#3366cc' } })).toFile(file);
    const result = await processImage(file, mimeType);
    for (const rendition of result.renditions) {
      const meta = await sharp(rendition.path).metadata();
      expect([rendition.name, meta.width, meta.height, meta.space, meta.depth]).toEqual([rendition.name, 300, 200, 'srgb', 'uchar']);
    }
  });
});

describe('SharpFfmpegMediaProcessor: broken and hostile images', () => {
  it('refuses a decompression bomb before decoding it', async () => {
    const started = Date.now();
    const failure = await failureOf(processImage(hostile('pixel-flood-30000x30000.png'), 'image/png'));
    expect(failure.reason).toBe('TOO_MANY_PIXELS');
    expect(Date.now() - started).toBeLessThan(2_000);
  });

  it('applies the configured pixel limit', async () => {
    const strict = new SharpFfmpegMediaProcessor({ maxPixels: 640 * 480 - 1 });
    const failure = await failureOf(strict.process({ kind: 'image', mimeType: 'image/jpeg', path: photo('gps_DSCN0010.jpg'), workDir }));
    expect(failure.reason).toBe('TOO_MANY_PIXELS');
  });

  it.each([
    ['an HTML page named .jpg', hostile('page-named-photo.jpg'), 'image/jpeg'],
    ['an SVG that runs script', hostile('svg-with-script.svg'), 'image/svg+xml'],
  ])('refuses %s as an unsupported format, writing nothing', async (_label, file, mimeType) => {
    const failure = await failureOf(processImage(file, mimeType));
    expect(failure.reason).toBe('UNSUPPORTED_FORMAT');
    expect(await readdir(workDir)).toEqual([]);
  });

  it('fails cleanly on a damaged JPEG (corrupted.jpg)', async () => {
    const failure = await failureOf(processImage(photo('corrupted.jpg')));
    expect(failure.reason).toBe('CORRUPTED_FILE');
  });

  it('fails cleanly on a truncated photo (an interrupted upload) instead of serving it half grey', async () => {
    const whole = await sharp({ create: { width: 800, height: 600, channels: 3, background: '#3366cc' } })
      .composite([{ input: Buffer.from('<svg width="800" height="600"><circle cx="400" cy="300" r="250" fill="orange"/></svg>') }])
      .jpeg()
      .toBuffer();
    const truncated = path.join(workDir, 'truncated.jpg');
    await writeFile(truncated, whole.subarray(0, Math.floor(whole.length / 2)));
    const failure = await failureOf(processImage(truncated));
    expect(failure.reason).toBe('CORRUPTED_FILE');
  });

  // Odd but decodable files of the exif-samples collection: honest outcome is a clean rendition.
  it.each([
    ['invalid_image01088.jpg', 425, 120],
    ['tests_35-empty.jpg', 2164, 1626],
  ])('processes %s, which is odd but decodable', async (name, width, height) => {
    const result = await processImage(photo(name));
    expect(result.metadata).toEqual({ width, height });
    await expectNoMetadata(result);
  });
});
