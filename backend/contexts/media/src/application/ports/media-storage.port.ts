import type { Readable } from 'node:stream';

/**
 * Where the bytes of the media library live: a filesystem under PREAU_DATA_DIR by default, an
 * S3-compatible bucket for deployments that outgrow one machine. Keys are opaque, server-made paths
 * (`<itemId>/original`, `<itemId>/w1280.webp`...), never a name a user gave.
 */
export interface MediaStorage {
  /** Streams `body` to `key` (replacing it); resolves with the number of bytes stored. */
  put(key: string, body: Readable | Buffer, contentType: string): Promise<{ size: number }>;
  /** A byte range is inclusive on both ends, as in HTTP Range. Rejects with MediaObjectNotFound when absent. */
  get(key: string, range?: { start: number; end: number }): Promise<Readable>;
  /** Null when absent. */
  stat(key: string): Promise<{ size: number; contentType: string | null } | null>;
  /** Deleting an absent key is not an error. */
  delete(key: string): Promise<void>;
  /** Deletes every key that starts with `prefix` (an item's folder). */
  deletePrefix(prefix: string): Promise<void>;
}

export class MediaObjectNotFound extends Error {
  constructor(readonly key: string) {
    super(`No stored object at ${key}`);
    this.name = 'MediaObjectNotFound';
  }
}

export const MEDIA_STORAGE = Symbol('MediaStorage');
