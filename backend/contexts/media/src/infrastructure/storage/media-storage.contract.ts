import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import { createHash, randomBytes } from 'node:crypto';
import { PassThrough, Readable } from 'node:stream';
import { setTimeout as sleep } from 'node:timers/promises';
import { MediaObjectNotFound, type MediaStorage } from '../../application/ports/media-storage.port';
import { MediaRangeNotSatisfiable } from './byte-range';
import { InvalidMediaKey } from './media-key';

/** A fresh, empty storage for one test, and how to throw it away. */
export interface MediaStorageUnderTest {
  storage: MediaStorage;
  dispose?: () => Promise<void>;
}

/** Keys no adapter may accept, whatever the method. */
export const HOSTILE_KEYS: readonly string[] = [
  '../x',
  '/etc/passwd',
  'a//b',
  'a/../../b',
  '',
  'a\\b',
  'é/photo.jpg',
  'a/\u202Egpj.exe',
  '.',
  '..',
  'a/.',
  'a/..',
  '.hidden',
  'a/.b.meta.json',
  'a/',
  'a\nb',
  'a\u0000b',
  'a b',
  'x'.repeat(201),
];

const MiB = 1024 * 1024;

/**
 * The behaviour every MediaStorage adapter owes the media context. The filesystem adapter runs it
 * against a temporary folder, the S3 adapter against a local S3-compatible server.
 */
export function describeMediaStorageContract(
  name: string,
  factory: () => MediaStorageUnderTest | Promise<MediaStorageUnderTest>,
): void {
  describe(`${name} (MediaStorage contract)`, () => {
    let subject: MediaStorageUnderTest;
    let storage: MediaStorage;

    beforeEach(async () => {
      subject = await factory();
      storage = subject.storage;
    });
    afterEach(async () => {
      await subject?.dispose?.();
    });

    it('round-trips a Buffer of binary data, every byte value included', async () => {
      const bytes = Buffer.concat([Buffer.from(Array.from({ length: 256 }, (_, i) => i)), randomBytes(10_000)]);
      await expect(storage.put('item1/original', bytes, 'application/octet-stream')).resolves.toEqual({ size: bytes.length });
      expect(await read(await storage.get('item1/original'))).toEqual(bytes);
    });

    it('round-trips a stream of several MB (multipart on S3) and counts its bytes', async () => {
      const chunks = Array.from({ length: 6 * 16 + 3 }, () => randomBytes(64 * 1024)); // ~6.2 MB in 64 KiB chunks
      const whole = Buffer.concat(chunks);
      await expect(storage.put('item1/video.mp4', Readable.from(chunks), 'video/mp4')).resolves.toEqual({ size: whole.length });
      const back = await read(await storage.get('item1/video.mp4'));
      expect(back.length).toBe(whole.length);
      expect(sha256(back)).toBe(sha256(whole));
      expect(await storage.stat('item1/video.mp4')).toEqual({ size: whole.length, contentType: 'video/mp4' });
    });

    it('keeps the content type given to put, per key', async () => {
      await storage.put('item1/w320.webp', Buffer.from('RIFF....WEBP'), 'image/webp');
      await storage.put('item1/preview', Buffer.from('%PDF-1.7'), 'application/pdf');
      expect(await storage.stat('item1/w320.webp')).toEqual({ size: 12, contentType: 'image/webp' });
      expect(await storage.stat('item1/preview')).toEqual({ size: 8, contentType: 'application/pdf' });
    });

    it('stores an empty object', async () => {
      await expect(storage.put('item1/empty', Buffer.alloc(0), 'text/plain')).resolves.toEqual({ size: 0 });
      expect(await storage.stat('item1/empty')).toEqual({ size: 0, contentType: 'text/plain' });
      expect(await read(await storage.get('item1/empty'))).toEqual(Buffer.alloc(0));
    });

    describe('byte ranges (inclusive, as in HTTP Range)', () => {
      const bytes = Buffer.from(Array.from({ length: 1000 }, (_, i) => (i * 7 + 3) % 256));
      beforeEach(async () => {
        await storage.put('item1/sound.m4a', bytes, 'audio/mp4');
      });

      it.each([
        ['the first byte', 0, 0],
        ['a middle slice', 100, 199],
        ['the last byte', 999, 999],
        ['the whole object', 0, 999],
        ['one byte in the middle', 500, 500],
      ])('returns exactly %s (bytes=%i-%i)', async (_label, start, end) => {
        const got = await read(await storage.get('item1/sound.m4a', { start, end }));
        expect(got).toEqual(bytes.subarray(start, end + 1));
      });

      it('clamps an end past the last byte, as HTTP does', async () => {
        expect(await read(await storage.get('item1/sound.m4a', { start: 990, end: 5000 }))).toEqual(bytes.subarray(990));
      });

      it('refuses a range that starts past the end with MediaRangeNotSatisfiable', async () => {
        await expect(storage.get('item1/sound.m4a', { start: 1000, end: 1010 })).rejects.toBeInstanceOf(MediaRangeNotSatisfiable);
      });

      it.each([
        ['reversed', 10, 5],
        ['negative', -1, 5],
        ['fractional', 0.5, 5],
      ])('refuses a %s range before reading anything', async (_label, start, end) => {
        await expect(storage.get('item1/sound.m4a', { start, end })).rejects.toBeInstanceOf(RangeError);
      });
    });

    it('stat of an absent key is null', async () => {
      await storage.put('item1/original', Buffer.from('x'), 'text/plain');
      expect(await storage.stat('item1/other')).toBeNull();
      expect(await storage.stat('item2/original')).toBeNull();
      expect(await storage.stat('item1')).toBeNull(); // a folder is not an object
    });

    it('get of an absent key rejects with MediaObjectNotFound, with or without a range', async () => {
      const error = await storage.get('item9/original').catch((e: unknown) => e);
      expect(error).toBeInstanceOf(MediaObjectNotFound);
      expect((error as MediaObjectNotFound).key).toBe('item9/original');
      await expect(storage.get('item9/original', { start: 0, end: 0 })).rejects.toBeInstanceOf(MediaObjectNotFound);
    });

    it('a replace keeps only the new bytes and the new content type', async () => {
      await storage.put('item1/original', randomBytes(50_000), 'image/jpeg');
      const replacement = Buffer.from('short replacement');
      await expect(storage.put('item1/original', Readable.from([replacement]), 'image/png')).resolves.toEqual({
        size: replacement.length,
      });
      expect(await read(await storage.get('item1/original'))).toEqual(replacement);
      expect(await storage.stat('item1/original')).toEqual({ size: replacement.length, contentType: 'image/png' });
    });

    it('never shows a half-written object while a put is under way', async () => {
      const previous = Buffer.from('previous version');
      await storage.put('item1/original', previous, 'text/plain');
      const body = new PassThrough();
      const putting = storage.put('item1/original', body, 'text/plain');
      body.write(randomBytes(MiB));
      await sleep(100); // long enough for a direct write to reach the final name
      expect(await storage.stat('item1/original')).toEqual({ size: previous.length, contentType: 'text/plain' });
      expect(await read(await storage.get('item1/original'))).toEqual(previous);
      body.end(Buffer.from('tail'));
      await expect(putting).resolves.toEqual({ size: MiB + 4 });
      expect((await storage.stat('item1/original'))?.size).toBe(MiB + 4);
    });

    it('a put whose body fails rejects and leaves the previous object untouched', async () => {
      const previous = Buffer.from('previous version');
      await storage.put('item1/original', previous, 'text/plain');
      async function* failing() {
        yield randomBytes(256 * 1024);
        throw new Error('client went away');
      }
      await expect(storage.put('item1/original', Readable.from(failing()), 'image/jpeg')).rejects.toThrow('client went away');
      expect(await storage.stat('item1/original')).toEqual({ size: previous.length, contentType: 'text/plain' });
      expect(await read(await storage.get('item1/original'))).toEqual(previous);
    });

    it('delete removes the object and is idempotent', async () => {
      await storage.put('item1/original', Buffer.from('x'), 'text/plain');
      await storage.put('item1/w320.webp', Buffer.from('y'), 'image/webp');
      await storage.delete('item1/original');
      expect(await storage.stat('item1/original')).toBeNull();
      await expect(storage.get('item1/original')).rejects.toBeInstanceOf(MediaObjectNotFound);
      await expect(storage.delete('item1/original')).resolves.toBeUndefined();
      await expect(storage.delete('never/was')).resolves.toBeUndefined();
      await expect(storage.delete('item1')).resolves.toBeUndefined(); // a folder, not an object
      expect(await storage.stat('item1/w320.webp')).toEqual({ size: 1, contentType: 'image/webp' });
    });

    it('deletePrefix removes that folder only, not a sibling whose name merely starts the same', async () => {
      const keys = ['item1/original', 'item1/w320.webp', 'item1/nested/deep/poster.jpg', 'item10/original', 'item2/original', 'item1-b/original'];
      for (const key of keys) await storage.put(key, Buffer.from(key), 'text/plain');
      await storage.deletePrefix('item1');
      for (const key of keys.slice(0, 3)) expect(await storage.stat(key)).toBeNull();
      for (const key of keys.slice(3)) expect(await read(await storage.get(key))).toEqual(Buffer.from(key));
      await storage.deletePrefix('item10/'); // a trailing slash means the same folder
      expect(await storage.stat('item10/original')).toBeNull();
      expect(await storage.stat('item2/original')).not.toBeNull();
    });

    it('deletePrefix of an absent folder is not an error, and it works past one listing page', async () => {
      await expect(storage.deletePrefix('nothing-here')).resolves.toBeUndefined();
      const keys = Array.from({ length: 7 }, (_, i) => `item3/r${i}`);
      for (const key of keys) await storage.put(key, Buffer.from(key), 'text/plain');
      await storage.put('item4/original', Buffer.from('keep'), 'text/plain');
      await storage.deletePrefix('item3');
      for (const key of keys) expect(await storage.stat(key)).toBeNull();
      expect(await storage.stat('item4/original')).toEqual({ size: 4, contentType: 'text/plain' });
    });

    it('accepts the keys the media context makes', async () => {
      const key = '0190f7a2-5c3e-7b1d-9a2f-1c2d3e4f5a6b/w1280.webp';
      await storage.put(key, Buffer.from('ok'), 'image/webp');
      expect(await storage.stat(key)).toEqual({ size: 2, contentType: 'image/webp' });
      await storage.put('A_b-9/x.y.z', Buffer.from('ok'), 'text/plain');
      expect(await storage.stat('A_b-9/x.y.z')).toEqual({ size: 2, contentType: 'text/plain' });
    });

    describe('hostile keys are refused by every method, before any I/O', () => {
      it.each(HOSTILE_KEYS.map((key) => [JSON.stringify(key), key]))('%s', async (_label, key) => {
        await expect(storage.put(key, Buffer.from('pwned'), 'text/html')).rejects.toBeInstanceOf(InvalidMediaKey);
        await expect(storage.put(key, Readable.from([Buffer.from('pwned')]), 'text/html')).rejects.toBeInstanceOf(InvalidMediaKey);
        await expect(storage.get(key)).rejects.toBeInstanceOf(InvalidMediaKey);
        await expect(storage.get(key, { start: 0, end: 1 })).rejects.toBeInstanceOf(InvalidMediaKey);
        await expect(storage.stat(key)).rejects.toBeInstanceOf(InvalidMediaKey);
        await expect(storage.delete(key)).rejects.toBeInstanceOf(InvalidMediaKey);
        if (key !== 'a/') await expect(storage.deletePrefix(key)).rejects.toBeInstanceOf(InvalidMediaKey);
      });

      it('refuses a prefix that would cover everything', async () => {
        await storage.put('item1/original', Buffer.from('x'), 'text/plain');
        for (const prefix of ['', '/', '.', './', '*']) {
          await expect(storage.deletePrefix(prefix)).rejects.toBeInstanceOf(InvalidMediaKey);
        }
        expect(await storage.stat('item1/original')).not.toBeNull();
      });
    });
  });
}

async function read(stream: Readable): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk as Uint8Array));
  return Buffer.concat(chunks);
}

function sha256(bytes: Buffer): string {
  return createHash('sha256').update(bytes).digest('hex');
}
