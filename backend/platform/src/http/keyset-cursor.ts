/**
 * Cursors of lists sorted newest first by (time, id): opaque to clients (base64url of `ISO time|uuid`),
 * stable under inserts, and cheap for an index on (…, time desc, id desc).
 */
export interface KeysetPosition {
  at: Date;
  id: string;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function encodeKeysetCursor(at: Date, id: string): string {
  return Buffer.from(`${at.toISOString()}|${id}`).toString('base64url');
}

/** The position a cursor names, or null when it is not one of ours. */
export function decodeKeysetCursor(cursor: string): KeysetPosition | null {
  const [time, id, extra] = Buffer.from(cursor, 'base64url').toString().split('|');
  const at = new Date(time ?? '');
  return extra === undefined && !Number.isNaN(at.getTime()) && UUID.test(id ?? '') ? { at, id: id as string } : null;
}
