/**
 * What a storage key may look like, shared by every MediaStorage adapter. Keys are made by the server
 * (`<itemId>/original`, `<itemId>/w1280.webp`), so the rule can be strict: segments of
 * `[A-Za-z0-9._-]` separated by single `/`. A segment may not start with a dot, which rules out `.`
 * and `..` (no way out of the storage root, whatever a caller passes) and leaves dot-names free for
 * the adapters' own temporary and sidecar files, so no key can ever collide with one of them.
 */
const SEGMENT = /^[A-Za-z0-9_-][A-Za-z0-9._-]*$/;
/** S3's own limit on a key; the filesystem adapter stays far below PATH_MAX with it too. */
const MAX_KEY_LENGTH = 1024;
/** NAME_MAX is 255 on common filesystems; the adapters add a dot, a UUID and a suffix to a segment. */
const MAX_SEGMENT_LENGTH = 200;

export class InvalidMediaKey extends Error {
  constructor(
    readonly key: unknown,
    reason: string,
  ) {
    super(`Invalid media storage key ${describe(key)}: ${reason}`);
    this.name = 'InvalidMediaKey';
  }
}

/** Returns the key unchanged when it is valid; throws InvalidMediaKey otherwise. */
export function assertMediaKey(key: unknown): string {
  if (typeof key !== 'string') throw new InvalidMediaKey(key, 'not a string');
  if (key.length === 0) throw new InvalidMediaKey(key, 'empty');
  if (key.length > MAX_KEY_LENGTH) throw new InvalidMediaKey(key, `longer than ${MAX_KEY_LENGTH} characters`);
  for (const segment of key.split('/')) {
    if (segment.length === 0) throw new InvalidMediaKey(key, 'empty segment (leading, trailing or double slash)');
    if (segment.length > MAX_SEGMENT_LENGTH) throw new InvalidMediaKey(key, `segment longer than ${MAX_SEGMENT_LENGTH} characters`);
    if (!SEGMENT.test(segment)) {
      throw new InvalidMediaKey(key, 'segments are made of A-Z a-z 0-9 . _ - and may not start with a dot');
    }
  }
  return key;
}

/**
 * A prefix names a folder (an item's), never a partial name: `item1` covers `item1/original` but not
 * `item10/original`. A trailing slash is accepted; the folder is returned without it.
 */
export function assertMediaFolder(prefix: unknown): string {
  const folder = typeof prefix === 'string' && prefix.endsWith('/') ? prefix.slice(0, -1) : prefix;
  try {
    return assertMediaKey(folder);
  } catch {
    throw new InvalidMediaKey(prefix, 'not a valid folder (segments of A-Z a-z 0-9 . _ -, optionally ending with /)');
  }
}

function describe(key: unknown): string {
  const text = typeof key === 'string' ? JSON.stringify(key) : String(key);
  return text.length > 80 ? `${text.slice(0, 80)}…` : text;
}
