import {
  DeleteObjectCommand,
  DeleteObjectsCommand,
  GetObjectCommand,
  HeadObjectCommand,
  ListObjectsV2Command,
  S3Client,
} from '@aws-sdk/client-s3';
import { Upload } from '@aws-sdk/lib-storage';
import { Readable, Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { MediaObjectNotFound, type MediaStorage } from '../../application/ports/media-storage.port';
import { assertByteRange, MediaRangeNotSatisfiable, type ByteRange } from './byte-range';
import { assertMediaFolder, assertMediaKey } from './media-key';

export interface S3MediaStorageOptions {
  client: S3Client;
  bucket: string;
  /** A folder inside the bucket that holds every object (e.g. `media`), so a bucket can be shared. */
  prefix?: string;
  /** Keys listed and deleted per request by deletePrefix; S3 allows at most 1000. */
  deletePageSize?: number;
  /** Multipart part size in bytes (S3 minimum and default: 5 MiB); at most queueSize parts sit in memory. */
  partSize?: number;
  queueSize?: number;
}

export interface S3MediaStorageSettings {
  /** Absent for AWS itself; the URL of any other S3-compatible service. */
  endpoint?: string;
  region: string;
  bucket: string;
  /** Both or neither: without them the SDK's default chain applies (environment, instance role...). */
  accessKeyId?: string;
  secretAccessKey?: string;
  /** `true` for most S3-compatible services (`https://host/bucket/key` instead of `https://bucket.host/key`). */
  forcePathStyle: boolean;
  prefix?: string;
}

/** Objects live at `[prefix/]key` in one bucket; the content type is the object's own Content-Type. */
export class S3MediaStorage implements MediaStorage {
  private readonly client: S3Client;
  private readonly bucket: string;
  private readonly prefix: string | undefined;
  private readonly deletePageSize: number;
  private readonly partSize: number | undefined;
  private readonly queueSize: number | undefined;

  constructor(options: S3MediaStorageOptions) {
    if (!options.bucket) throw new Error('S3MediaStorage needs a bucket');
    const deletePageSize = options.deletePageSize ?? 1000;
    if (!Number.isInteger(deletePageSize) || deletePageSize < 1 || deletePageSize > 1000) {
      throw new RangeError('deletePageSize must be an integer from 1 to 1000');
    }
    this.client = options.client;
    this.bucket = options.bucket;
    this.prefix = options.prefix ? assertMediaFolder(options.prefix) : undefined;
    this.deletePageSize = deletePageSize;
    this.partSize = options.partSize;
    this.queueSize = options.queueSize;
  }

  static fromSettings(settings: S3MediaStorageSettings): S3MediaStorage {
    const { accessKeyId, secretAccessKey } = settings;
    if (!accessKeyId !== !secretAccessKey) throw new Error('S3 media storage: give both accessKeyId and secretAccessKey, or neither');
    const client = new S3Client({
      region: settings.region,
      endpoint: settings.endpoint,
      forcePathStyle: settings.forcePathStyle,
      credentials: accessKeyId && secretAccessKey ? { accessKeyId, secretAccessKey } : undefined,
      // Since SDK 3.729 every upload carries a CRC32 checksum by default, which many S3-compatible
      // services (older MinIO, Ceph, some hosted ones) reject; outside AWS, send one only when the
      // operation requires it.
      ...(settings.endpoint
        ? { requestChecksumCalculation: 'WHEN_REQUIRED', responseChecksumValidation: 'WHEN_REQUIRED' }
        : {}),
    });
    return new S3MediaStorage({ client, bucket: settings.bucket, prefix: settings.prefix });
  }

  async put(key: string, body: Readable | Buffer, contentType: string): Promise<{ size: number }> {
    const Key = this.objectKey(key);
    const upload = (Body: Readable | Buffer) =>
      new Upload({
        client: this.client,
        params: { Bucket: this.bucket, Key, Body, ContentType: contentType },
        partSize: this.partSize,
        queueSize: this.queueSize,
        leavePartsOnError: false,
      }).done();

    if (Buffer.isBuffer(body)) {
      await upload(body);
      return { size: body.length };
    }

    let size = 0;
    const counter = new Transform({
      transform(chunk: Buffer, _encoding, callback) {
        size += chunk.length;
        callback(null, chunk);
      },
    });
    // The handler is attached at once so that a failing body is never an unhandled rejection while the
    // upload is still running; the body's own error is the one worth reporting.
    let bodyError: unknown;
    const piped = pipeline(body, counter).catch((error: unknown) => {
      bodyError = error;
    });
    try {
      // Upload keeps at most queueSize parts in memory and aborts the multipart upload on failure, so
      // the previous object (if any) stays as it was.
      await upload(counter);
    } catch (error) {
      counter.destroy(error as Error);
      await piped;
      throw bodyError ?? error;
    }
    await piped;
    if (bodyError) throw bodyError;
    return { size };
  }

  async get(key: string, range?: ByteRange): Promise<Readable> {
    const Key = this.objectKey(key);
    if (range) assertByteRange(range);
    try {
      const output = await this.client.send(
        new GetObjectCommand({
          Bucket: this.bucket,
          Key,
          Range: range ? `bytes=${range.start}-${range.end}` : undefined,
        }),
      );
      if (!(output.Body instanceof Readable)) throw new Error(`GetObject gave no readable body for ${key}`);
      return range ? exactly(output.Body, range, output.ContentRange, key) : output.Body;
    } catch (error) {
      if (errorName(error) === 'NoSuchKey' || (statusOf(error) === 404 && errorName(error) !== 'NoSuchBucket')) {
        throw new MediaObjectNotFound(key);
      }
      if (range && (errorName(error) === 'InvalidRange' || statusOf(error) === 416)) {
        throw new MediaRangeNotSatisfiable(key, range);
      }
      throw error;
    }
  }

  async stat(key: string): Promise<{ size: number; contentType: string | null } | null> {
    const Key = this.objectKey(key);
    try {
      const head = await this.client.send(new HeadObjectCommand({ Bucket: this.bucket, Key }));
      return { size: head.ContentLength ?? 0, contentType: head.ContentType ?? null };
    } catch (error) {
      // A HEAD response has no body, so a missing bucket is a 404 too: the SDK cannot tell them apart.
      if (statusOf(error) === 404 || errorName(error) === 'NotFound' || errorName(error) === 'NoSuchKey') return null;
      throw error;
    }
  }

  async delete(key: string): Promise<void> {
    await this.client.send(new DeleteObjectCommand({ Bucket: this.bucket, Key: this.objectKey(key) }));
  }

  async deletePrefix(prefix: string): Promise<void> {
    // The trailing slash keeps `item1` from also deleting `item10/...`.
    const Prefix = `${this.objectKey(assertMediaFolder(prefix))}/`;
    let ContinuationToken: string | undefined;
    do {
      const page = await this.client.send(
        new ListObjectsV2Command({ Bucket: this.bucket, Prefix, ContinuationToken, MaxKeys: this.deletePageSize }),
      );
      const objects = (page.Contents ?? []).flatMap((object) => (object.Key ? [{ Key: object.Key }] : []));
      if (objects.length > 0) {
        const result = await this.client.send(
          new DeleteObjectsCommand({ Bucket: this.bucket, Delete: { Objects: objects, Quiet: true } }),
        );
        if (result.Errors?.length) {
          const first = result.Errors[0];
          throw new Error(
            `Could not delete ${result.Errors.length} object(s) under ${Prefix}: ${first.Key} ${first.Code} ${first.Message}`,
          );
        }
      }
      ContinuationToken = page.IsTruncated ? page.NextContinuationToken : undefined;
      if (page.IsTruncated && !ContinuationToken) throw new Error(`ListObjectsV2 truncated without a continuation token under ${Prefix}`);
    } while (ContinuationToken);
  }

  private objectKey(key: string): string {
    const valid = assertMediaKey(key);
    return this.prefix ? `${this.prefix}/${valid}` : valid;
  }
}

/**
 * S3 answers a range with exactly those bytes, but not every S3-compatible server does: some ignore
 * `Range` (200 and the whole object), s3rver 3.7 reads `bytes=0-0` as `bytes=0-`. Callers set
 * Content-Length from the range they asked for, so extra bytes are cut here and a different range is
 * an error rather than a corrupt response.
 */
function exactly(body: Readable, range: ByteRange, contentRange: string | undefined, key: string): Readable {
  const served = /^bytes (\d+)-(\d+)\/(\d+|\*)$/.exec(contentRange ?? '');
  if (!served) return slice(body, range.start, range.end - range.start + 1);
  const [servedStart, servedEnd, size] = [Number(served[1]), Number(served[2]), Number(served[3])];
  const wantedEnd = Number.isNaN(size) ? range.end : Math.min(range.end, size - 1);
  if (servedStart === range.start && servedEnd === wantedEnd) return body;
  if (servedStart === range.start && servedEnd > wantedEnd) return slice(body, 0, wantedEnd - range.start + 1);
  body.destroy();
  throw new Error(`Asked bytes=${range.start}-${range.end} of ${key}, the server sent ${contentRange}`);
}

function slice(body: Readable, skip: number, count: number): Readable {
  async function* bytes() {
    let toSkip = skip;
    let left = count;
    // Leaving the loop early destroys the body, which frees the connection.
    for await (const chunk of body) {
      let part = chunk as Buffer;
      if (toSkip > 0) {
        const skipped = Math.min(toSkip, part.length);
        toSkip -= skipped;
        part = part.subarray(skipped);
      }
      if (part.length === 0) continue;
      if (part.length >= left) {
        yield part.subarray(0, left);
        return;
      }
      left -= part.length;
      yield part;
    }
  }
  return Readable.from(bytes(), { objectMode: false });
}

function errorName(error: unknown): string | undefined {
  return (error as { name?: string } | null)?.name;
}

function statusOf(error: unknown): number | undefined {
  return (error as { $metadata?: { httpStatusCode?: number } } | null)?.$metadata?.httpStatusCode;
}
