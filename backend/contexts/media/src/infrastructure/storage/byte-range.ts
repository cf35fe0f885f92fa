/** An inclusive byte range, as in HTTP `Range: bytes=start-end`. */
export interface ByteRange {
  start: number;
  end: number;
}

/**
 * The range starts at or past the end of the object (HTTP 416). An `end` past the last byte is not an
 * error: it is clamped, as HTTP and S3 do.
 */
export class MediaRangeNotSatisfiable extends RangeError {
  constructor(
    readonly key: string,
    readonly range: ByteRange,
  ) {
    super(`Range bytes=${range.start}-${range.end} not satisfiable for ${key}`);
    this.name = 'MediaRangeNotSatisfiable';
  }
}

/** Refuses ranges that are malformed whatever the object (negative, reversed, not integers). */
export function assertByteRange(range: ByteRange): ByteRange {
  const { start, end } = range;
  if (!Number.isSafeInteger(start) || !Number.isSafeInteger(end) || start < 0 || end < start) {
    throw new RangeError(`Invalid byte range ${JSON.stringify(range)}: want integers with 0 <= start <= end`);
  }
  return range;
}
