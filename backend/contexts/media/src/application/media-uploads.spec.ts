import { FakeBus } from '@preau/platform/testing';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Readable } from 'node:stream';
import { RegisterUploadCommand } from './commands/register-upload/register-upload.command';
import { RegisterUploadHandler } from './commands/register-upload/register-upload.handler';
import { MediaUploads } from './media-uploads';
import type { ContentSniffer } from './ports/content-sniffer.port';
import { MediaObjectNotFound, type MediaStorage } from './ports/media-storage.port';
import { aPhoto, mediaKit } from '../testing/media-test-kit';

/** Keeps the keys written and deleted; the bytes themselves do not matter here. */
class RecordingStorage implements MediaStorage {
  readonly stored: string[] = [];
  readonly deleted: string[] = [];
  async put(key: string, body: Readable | Buffer): Promise<{ size: number }> {
    if ('resume' in body) body.resume();
    this.stored.push(key);
    return { size: 0 };
  }
  async deletePrefix(prefix: string): Promise<void> {
    this.deleted.push(prefix);
  }
  get(key: string): Promise<Readable> {
    return Promise.reject(new MediaObjectNotFound(key));
  }
  async stat(): Promise<null> {
    return null;
  }
  async delete(): Promise<void> {
    this.deleted.push('one key');
  }
}

describe('MediaUploads', () => {
  let dir: string;
  let file: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'preau-uploads-spec-'));
    file = join(dir, 'upload');
    await writeFile(file, 'bytes');
  });
  afterAll(() => rm(dir, { recursive: true, force: true }));

  const setUp = (sniffed: Awaited<ReturnType<ContentSniffer['sniff']>>) => {
    const kit = mediaKit();
    const register = new RegisterUploadHandler(kit.repo, kit.settings, kit.clock, kit.outbox, kit.views);
    const bus = new FakeBus().onCommand(RegisterUploadCommand, (command) => register.execute(command));
    const storage = new RecordingStorage();
    const sniffer: ContentSniffer = { sniff: async () => sniffed };
    const uploads = new MediaUploads(bus.asBus(), storage, sniffer, kit.settings);
    return { kit, bus, storage, uploads };
  };

  it('stores the original under a key the server made, then records the item with the sniffed type', async () => {
    const { kit, bus, storage, uploads } = setUp({ mimeType: 'image/png', kind: 'image' });
    const view = await uploads.upload('teacher', file, 5, 'Sortie');
    expect(kit.repo.items.get(view.id)).toMatchObject({ status: 'processing', mimeType: 'image/png' });
    const [sent] = bus.sentOf(RegisterUploadCommand);
    expect(sent).toMatchObject({ ownerId: 'teacher', kind: 'image', mimeType: 'image/png', size: 5, title: 'Sortie' });
    expect(storage.stored).toEqual([`${sent.id}/original`]);
    expect(storage.deleted).toEqual([]);
  });

  it('refuses a content the library does not accept (UNSUPPORTED_MEDIA_TYPE), storing nothing', async () => {
    const { bus, storage, uploads } = setUp(null);
    await expect(uploads.upload('teacher', file, 5, 'x')).rejects.toMatchObject({ code: 'UNSUPPORTED_MEDIA_TYPE' });
    expect(storage.stored).toEqual([]);
    expect(bus.sent).toEqual([]);
  });

  it('refuses a file over the limit of its kind (PAYLOAD_TOO_LARGE), storing nothing', async () => {
    const { bus, storage, uploads } = setUp({ mimeType: 'image/png', kind: 'image' });
    await expect(uploads.upload('teacher', file, 1_000_001, 'x')).rejects.toMatchObject({
      code: 'PAYLOAD_TOO_LARGE',
      details: { limit: 1_000_000 },
    });
    expect(storage.stored).toEqual([]);
    expect(bus.sent).toEqual([]);
  });

  it('deletes the stored bytes when recording is refused (a full library), and passes the refusal on', async () => {
    const { kit, bus, storage, uploads } = setUp({ mimeType: 'image/png', kind: 'image' });
    aPhoto(kit, { id: 'old', ownerId: 'teacher', size: kit.settings.userQuotaBytes });
    await expect(uploads.upload('teacher', file, 5, 'x')).rejects.toMatchObject({ code: 'QUOTA_EXCEEDED' });
    const [sent] = bus.sentOf(RegisterUploadCommand);
    expect(storage.deleted).toEqual([`${sent.id}/`]);
  });
});
