import { CreateBucketCommand, GetObjectCommand, PutObjectCommand, S3Client } from '@aws-sdk/client-s3';
// The module object itself (not an import namespace, which is read-only): s3rver calls crypto.createCipheriv on it.
import crypto = require('node:crypto');
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import S3rver = require('s3rver');
import { describeMediaStorageContract } from './media-storage.contract';
import { S3MediaStorage } from './s3-media-storage';

/**
 * s3rver 3.7 encrypts ListObjectsV2 continuation tokens with single DES ('des'), which OpenSSL 3
 * (Node >= 17) only has in its legacy provider: any truncated listing answers 500. Two-key triple DES
 * with both keys equal is DES byte for byte and is in the default provider, so while this suite runs,
 * 'des' is served by 'des-ede-cbc' with the key doubled. The other fix, `--openssl-legacy-provider`,
 * would have to be given to the whole jest process.
 */
function letS3rverUseDes(): () => void {
  const { createCipheriv, createDecipheriv } = crypto;
  const doubled = (key: crypto.CipherKey) => Buffer.concat([Buffer.from(key as Buffer), Buffer.from(key as Buffer)]);
  Object.assign(crypto, {
    createCipheriv: (algorithm: string, key: crypto.CipherKey, iv: crypto.BinaryLike | null, options?: object) =>
      algorithm === 'des'
        ? createCipheriv('des-ede-cbc', doubled(key), iv)
        : createCipheriv(algorithm, key, iv, options as never),
    createDecipheriv: (algorithm: string, key: crypto.CipherKey, iv: crypto.BinaryLike | null, options?: object) =>
      algorithm === 'des'
        ? createDecipheriv('des-ede-cbc', doubled(key), iv)
        : createDecipheriv(algorithm, key, iv, options as never),
  });
  return () => Object.assign(crypto, { createCipheriv, createDecipheriv });
}

const credentials = { accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER' };
let server: S3rver;
let directory: string;
let endpoint: string;
let client: S3Client;
let restoreDes: () => void;
let buckets = 0;

beforeAll(async () => {
  restoreDes = letS3rverUseDes();
  directory = await mkdtemp(join(tmpdir(), 'preau-s3rver-'));
  server = new S3rver({ address: '127.0.0.1', port: 0, directory, silent: true, configureBuckets: [{ name: 'media' }] });
  const { port } = await server.run(); // port 0: the system picks a free one
  endpoint = `http://127.0.0.1:${port}`;
  client = new S3Client({ endpoint, region: 'us-east-1', forcePathStyle: true, credentials });
});

afterAll(async () => {
  client?.destroy();
  await server?.close();
  restoreDes?.();
  if (directory) await rm(directory, { recursive: true, force: true });
});

async function freshBucket(): Promise<string> {
  const bucket = `contract-${++buckets}`;
  await client.send(new CreateBucketCommand({ Bucket: bucket }));
  return bucket;
}

// A small page size makes deletePrefix go through several ListObjectsV2 pages in the contract.
describeMediaStorageContract('S3MediaStorage at the bucket root', async () => ({
  storage: new S3MediaStorage({ client, bucket: await freshBucket(), deletePageSize: 2 }),
}));

describeMediaStorageContract('S3MediaStorage under a prefix', async () => ({
  storage: new S3MediaStorage({ client, bucket: await freshBucket(), prefix: 'preau/media', deletePageSize: 3 }),
}));

describe('S3MediaStorage against s3rver', () => {
  it('fromSettings builds a working storage', async () => {
    const bucket = await freshBucket();
    const storage = S3MediaStorage.fromSettings({ endpoint, region: 'us-east-1', bucket, ...credentials, forcePathStyle: true });
    await storage.put('item1/original', Buffer.from('hello'), 'text/plain');
    expect(await storage.stat('item1/original')).toEqual({ size: 5, contentType: 'text/plain' });
  });

  it('keeps objects under its prefix, beside and untouched by another storage sharing the bucket', async () => {
    const bucket = await freshBucket();
    const a = new S3MediaStorage({ client, bucket, prefix: 'a' });
    const b = new S3MediaStorage({ client, bucket, prefix: 'b/' });
    await a.put('item1/original', Buffer.from('from a'), 'text/plain');
    await b.put('item1/original', Buffer.from('from b'), 'text/plain');
    const raw = await client.send(new GetObjectCommand({ Bucket: bucket, Key: 'a/item1/original' }));
    expect(await raw.Body?.transformToString()).toBe('from a');
    await a.deletePrefix('item1');
    expect(await a.stat('item1/original')).toBeNull();
    expect(await b.stat('item1/original')).toEqual({ size: 6, contentType: 'text/plain' });
  });

  it('deletePrefix leaves an object whose key merely starts with the folder name', async () => {
    const bucket = await freshBucket();
    const storage = new S3MediaStorage({ client, bucket });
    // Only reachable in S3 (a filesystem cannot hold both): an object named exactly like the folder.
    await client.send(new PutObjectCommand({ Bucket: bucket, Key: 'item1', Body: 'itself' }));
    await storage.put('item1/original', Buffer.from('x'), 'text/plain');
    await storage.deletePrefix('item1');
    expect(await storage.stat('item1/original')).toBeNull();
    expect(await storage.stat('item1')).toEqual({ size: 6, contentType: expect.any(String) });
  });

  it('does not take a missing bucket for a missing object on get', async () => {
    const storage = new S3MediaStorage({ client, bucket: 'no-such-bucket' });
    await expect(storage.get('item1/original')).rejects.toMatchObject({ name: 'NoSuchBucket' });
  });

  it('refuses impossible settings', () => {
    expect(() =>
      S3MediaStorage.fromSettings({ region: 'us-east-1', bucket: 'media', accessKeyId: 'S3RVER', forcePathStyle: true }),
    ).toThrow(/both/);
    expect(() => new S3MediaStorage({ client, bucket: '' })).toThrow();
    expect(() => new S3MediaStorage({ client, bucket: 'media', prefix: '../up' })).toThrow();
    expect(() => new S3MediaStorage({ client, bucket: 'media', deletePageSize: 1001 })).toThrow(RangeError);
  });
});
