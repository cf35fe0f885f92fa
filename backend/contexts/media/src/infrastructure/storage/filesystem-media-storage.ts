import { randomUUID } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { lstat, mkdir, open, readFile, rename, rm, stat, unlink } from 'node:fs/promises';
import { basename, dirname, join, resolve, sep } from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { MediaObjectNotFound, type MediaStorage } from '../../application/ports/media-storage.port';
import { assertByteRange, MediaRangeNotSatisfiable, type ByteRange } from './byte-range';
import { assertMediaFolder, assertMediaKey, InvalidMediaKey } from './media-key';

export interface FilesystemMediaStorageOptions {
  /** The folder that holds every object, e.g. `${PREAU_DATA_DIR}/media`; created on first write. */
  root: string;
}

/**
 * Objects are plain files under `root` at their key's path, so an operator can back them up or move
 * them with ordinary tools. Next to each object, `.<name>.meta.json` keeps its content type; dot-names
 * can never be keys (see media-key.ts), so the sidecars and temporary files never collide with one.
 */
export class FilesystemMediaStorage implements MediaStorage {
  private readonly root: string;

  constructor(options: FilesystemMediaStorageOptions) {
    if (!options.root) throw new Error('FilesystemMediaStorage needs a root folder');
    this.root = resolve(options.root);
  }

  async put(key: string, body: Readable | Buffer, contentType: string): Promise<{ size: number }> {
    const file = this.pathOf(key);
    const folder = dirname(file);
    const temp = temporaryPathOf(file);
    const sidecar = sidecarPathOf(file);
    const sidecarTemp = temporaryPathOf(sidecar);
    try {
      await mkdir(folder, { recursive: true });
      // The bytes go to a temporary file and are renamed into place once complete and flushed to disk,
      // so a reader sees the previous object or the new one, never a half-written one, even after a crash.
      await pipeline(Buffer.isBuffer(body) ? Readable.from([body]) : body, createWriteStream(temp, { flags: 'wx' }));
      const size = await syncFile(temp);
      await writeFileDurably(sidecarTemp, JSON.stringify({ contentType }));
      // The content type is swapped in just before the bytes: readers of a replaced object may see the
      // new type with the old bytes for an instant, never a missing or partial object.
      await rename(sidecarTemp, sidecar);
      await rename(temp, file);
      await syncFolder(folder);
      return { size };
    } catch (error) {
      if (!Buffer.isBuffer(body)) body.destroy();
      await Promise.all([rm(temp, { force: true }), rm(sidecarTemp, { force: true })]);
      throw error;
    }
  }

  async get(key: string, range?: ByteRange): Promise<Readable> {
    const file = this.pathOf(key);
    if (range) assertByteRange(range);
    const handle = await open(file, 'r').catch((error: unknown) => {
      throw isMissing(error) ? new MediaObjectNotFound(key) : error;
    });
    try {
      // Everything below reads through this descriptor: a concurrent replace cannot mix two versions.
      const info = await handle.stat();
      if (!info.isFile()) throw new MediaObjectNotFound(key);
      if (!range) return handle.createReadStream();
      if (range.start >= info.size) throw new MediaRangeNotSatisfiable(key, range);
      return handle.createReadStream({ start: range.start, end: Math.min(range.end, info.size - 1) });
    } catch (error) {
      await handle.close();
      throw error;
    }
  }

  async stat(key: string): Promise<{ size: number; contentType: string | null } | null> {
    const file = this.pathOf(key);
    const info = await stat(file).catch((error: unknown) => {
      if (isMissing(error)) return null;
      throw error;
    });
    if (!info?.isFile()) return null;
    return { size: info.size, contentType: await readContentType(sidecarPathOf(file)) };
  }

  async delete(key: string): Promise<void> {
    const file = this.pathOf(key);
    const info = await lstat(file).catch((error: unknown) => {
      if (isMissing(error)) return null;
      throw error;
    });
    // A folder is not an object: deleting the key `item1` must not touch `item1/original`.
    if (info && !info.isDirectory()) await unlink(file).catch(ignoreMissing);
    await unlink(sidecarPathOf(file)).catch(ignoreMissing);
  }

  async deletePrefix(prefix: string): Promise<void> {
    const folder = this.pathOf(assertMediaFolder(prefix));
    const info = await lstat(folder).catch((error: unknown) => {
      if (isMissing(error)) return null;
      throw error;
    });
    if (info?.isDirectory()) await rm(folder, { recursive: true, force: true, maxRetries: 3 });
  }

  private pathOf(key: string): string {
    const file = resolve(this.root, ...assertMediaKey(key).split('/'));
    // Unreachable with a valid key; kept so that a future change to the key rule cannot open a way out.
    if (!file.startsWith(this.root + sep)) throw new InvalidMediaKey(key, 'resolves outside the storage root');
    return file;
  }
}

function sidecarPathOf(file: string): string {
  return join(dirname(file), `.${basename(file)}.meta.json`);
}

function temporaryPathOf(file: string): string {
  return join(dirname(file), `.${basename(file)}.${randomUUID()}.tmp`);
}

async function syncFile(path: string): Promise<number> {
  const handle = await open(path, 'r+');
  try {
    await handle.sync();
    return (await handle.stat()).size;
  } finally {
    await handle.close();
  }
}

async function writeFileDurably(path: string, text: string): Promise<void> {
  const handle = await open(path, 'wx');
  try {
    await handle.writeFile(text);
    await handle.sync();
  } finally {
    await handle.close();
  }
}

/** Makes the renames themselves durable. Some platforms cannot open a folder for syncing: best effort. */
async function syncFolder(path: string): Promise<void> {
  const handle = await open(path, 'r').catch(() => null);
  if (!handle) return;
  try {
    await handle.sync().catch(() => undefined);
  } finally {
    await handle.close();
  }
}

async function readContentType(sidecar: string): Promise<string | null> {
  try {
    const meta: unknown = JSON.parse(await readFile(sidecar, 'utf8'));
    const contentType = (meta as { contentType?: unknown } | null)?.contentType;
    return typeof contentType === 'string' ? contentType : null;
  } catch {
    // No sidecar (a file put there by hand) or an unreadable one: the type is unknown, which callers
    // must already handle (they serve unknown types as downloads).
    return null;
  }
}

function isMissing(error: unknown): boolean {
  const code = (error as NodeJS.ErrnoException | null)?.code;
  return code === 'ENOENT' || code === 'ENOTDIR';
}

function ignoreMissing(error: unknown): void {
  if (!isMissing(error)) throw error;
}
