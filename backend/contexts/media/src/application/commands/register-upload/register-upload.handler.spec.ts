import { aPhoto, mediaKit } from '../../../testing/media-test-kit';
import { RegisterUploadCommand } from './register-upload.command';
import { RegisterUploadHandler } from './register-upload.handler';

describe('RegisterUploadHandler', () => {
  const setUp = () => {
    const kit = mediaKit();
    return { kit, handler: new RegisterUploadHandler(kit.repo, kit.settings, kit.clock, kit.outbox, kit.views) };
  };

  it('records the item processing, under the owner quota lock, and publishes media.uploaded', async () => {
    const { kit, handler } = setUp();
    const view = await handler.execute(
      new RegisterUploadCommand('m1', 'teacher', 'image', 'image/jpeg', 4000, ' Sortie '),
    );
    expect(view).toMatchObject({
      id: 'm1',
      status: 'processing',
      title: 'Sortie',
      ownerId: 'teacher',
      size: 4000,
      createdAt: kit.clock.now().toISOString(),
    });
    expect(Object.keys(view.renditions)).toEqual(['original']);
    expect(kit.repo.items.get('m1')?.renditions).toEqual([
      { name: 'original', key: 'm1/original', contentType: 'image/jpeg', size: 4000 },
    ]);
    expect(kit.repo.locks).toEqual(['owner:teacher']);
    expect(kit.published.map((m) => [m.type, m.payload])).toEqual([
      ['media.uploaded', { mediaId: 'm1', kind: 'image', ownerId: 'teacher' }],
    ]);
  });

  it('refuses an upload that would pass the owner quota (QUOTA_EXCEEDED), counting what they already store', async () => {
    const { kit, handler } = setUp();
    aPhoto(kit, { id: 'old', ownerId: 'teacher', size: 7000 });
    aPhoto(kit, { id: 'theirs', ownerId: 'colleague', size: 9000 });
    await expect(
      handler.execute(new RegisterUploadCommand('m1', 'teacher', 'image', 'image/jpeg', 3001, 'x')),
    ).rejects.toMatchObject({
      code: 'QUOTA_EXCEEDED',
      details: { used: 7000, quota: kit.settings.userQuotaBytes },
    });
    expect(kit.repo.items.has('m1')).toBe(false);
    expect(kit.published).toEqual([]);
    await expect(
      handler.execute(new RegisterUploadCommand('m2', 'teacher', 'image', 'image/jpeg', 3000, 'x')),
    ).resolves.toMatchObject({ id: 'm2' });
  });

  it('refuses an empty title (AMediaItemHasATitle)', async () => {
    const { kit, handler } = setUp();
    await expect(
      handler.execute(new RegisterUploadCommand('m1', 'teacher', 'image', 'image/jpeg', 10, '  ')),
    ).rejects.toMatchObject({
      code: 'VALIDATION_FAILED',
      details: { rule: 'AMediaItemHasATitle' },
    });
    expect(kit.published).toEqual([]);
  });
});
