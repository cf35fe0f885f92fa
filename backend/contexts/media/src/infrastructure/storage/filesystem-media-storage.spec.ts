import { existsSync } from 'node:fs';
import { mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { setTimeout as sleep } from 'node:timers/promises';
import { FilesystemMediaStorage } from './filesystem-media-storage';
import { describeMediaStorageContract, HOSTILE_KEYS } from './media-storage.contract';

describeMediaStorageContract('FilesystemMediaStorage', async () => {
  const dir = await mkdtemp(join(tmpdir(), 'preau-media-fs-'));
  return {
    storage: new FilesystemMediaStorage({ root: join(dir, 'media') }),
    dispose: () => rm(dir, { recursive: true, force: true }),
  };
});

describe('FilesystemMediaStorage on disk', () => {
  let dir: string;
  let root: string;
  let storage: FilesystemMediaStorage;

  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'preau-media-fs-'));
    root = join(dir, 'data', 'media');
    storage = new FilesystemMediaStorage({ root });
  });
  afterEach(() => rm(dir, { recursive: true, force: true }));

  it('writes nothing anywhere for a hostile key, not even the root', async () => {
    for (const key of HOSTILE_KEYS) await storage.put(key, Buffer.from('pwned'), 'text/html').catch(() => undefined);
    expect(await readdir(dir)).toEqual([]);
  });

  it('keeps each object as a plain file at its key, its type in a dot-sidecar, and no temporary file behind', async () => {
    await storage.put('item1/original', Buffer.from('bytes'), 'image/jpeg');
    await storage.put('item1/original', Buffer.from('bytes again'), 'image/png');
    expect((await readdir(join(root, 'item1'))).sort()).toEqual(['.original.meta.json', 'original']);
  });

  it('writes a put in progress to a temporary dot-file in the same folder', async () => {
    await storage.put('item1/keep', Buffer.from('x'), 'text/plain'); // the folder exists
    const body = new PassThrough();
    const putting = storage.put('item1/original', body, 'text/plain');
    body.write(Buffer.alloc(1024, 1));
    await sleep(50);
    const during = await readdir(join(root, 'item1'));
    expect(during.filter((name) => /^\.original\.[0-9a-f-]{36}\.tmp$/.test(name))).toHaveLength(1);
    expect(during).not.toContain('original');
    body.end();
    await putting;
    expect((await readdir(join(root, 'item1'))).filter((name) => name.endsWith('.tmp'))).toEqual([]);
  });

  it('removes its temporary file when the body fails', async () => {
    const body = new PassThrough();
    const putting = storage.put('item1/original', body, 'text/plain');
    body.write(Buffer.alloc(1024, 1));
    await sleep(20);
    body.destroy(new Error('client went away'));
    await expect(putting).rejects.toThrow('client went away');
    expect(await readdir(join(root, 'item1'))).toEqual([]);
  });

  it('reports a null content type for a file placed without a sidecar', async () => {
    await storage.put('item1/original', Buffer.from('x'), 'text/plain');
    await writeFile(join(root, 'item1', 'by-hand'), 'hello');
    expect(await storage.stat('item1/by-hand')).toEqual({ size: 5, contentType: null });
  });

  it('deletePrefix removes the folder itself', async () => {
    await storage.put('item1/a/b', Buffer.from('x'), 'text/plain');
    await storage.deletePrefix('item1');
    expect(existsSync(join(root, 'item1'))).toBe(false);
    expect(existsSync(root)).toBe(true);
  });

  it('delete removes the sidecar with the object', async () => {
    await storage.put('item1/original', Buffer.from('x'), 'text/plain');
    await storage.put('item1/other', Buffer.from('y'), 'text/plain');
    await storage.delete('item1/original');
    expect((await readdir(join(root, 'item1'))).sort()).toEqual(['.other.meta.json', 'other']);
  });

  it('needs a root', () => {
    expect(() => new FilesystemMediaStorage({ root: '' })).toThrow();
  });
});
