import { MediaItem } from '../../../domain/media-item/media-item';
import { mediaKit } from '../../../testing/media-test-kit';
import { FinishProcessingCommand } from './finish-processing.command';
import { FinishProcessingHandler } from './finish-processing.handler';

const rendition = { name: 'w320', key: 'm1/w320', contentType: 'image/webp', size: 10, width: 320, height: 240 };

describe('FinishProcessingHandler', () => {
  const setUp = () => {
    const kit = mediaKit();
    kit.repo.add(
      MediaItem.uploaded({
        id: 'm1',
        ownerId: 'teacher',
        kind: 'video',
        title: 'Chant',
        mimeType: 'video/webm',
        size: 100,
        now: kit.clock.now(),
      }),
    );
    kit.clock.advance(60_000);
    return { kit, handler: new FinishProcessingHandler(kit.repo, kit.clock, kit.outbox) };
  };

  it('records success (renditions, metadata, a corrected kind) and publishes media.ready on behalf of the owner', async () => {
    const { kit, handler } = setUp();
    const outcome = {
      ok: true as const,
      renditions: [rendition],
      metadata: { durationSeconds: 3 },
      kind: 'audio' as const,
    };
    await expect(handler.execute(new FinishProcessingCommand('m1', outcome))).resolves.toBe(true);
    expect(kit.repo.items.get('m1')).toMatchObject({
      status: 'ready',
      kind: 'audio',
      metadata: { durationSeconds: 3 },
      processedAt: kit.clock.now(),
    });
    expect(kit.published.map((m) => [m.type, m.payload, m.actorId])).toEqual([
      ['media.ready', { mediaId: 'm1', ownerId: 'teacher' }, 'teacher'],
    ]);
  });

  it('records failure with its reason and publishes media.failed', async () => {
    const { kit, handler } = setUp();
    await expect(
      handler.execute(new FinishProcessingCommand('m1', { ok: false, reason: 'TOO_LONG', message: 'too long' })),
    ).resolves.toBe(true);
    expect(kit.repo.items.get('m1')).toMatchObject({
      status: 'failed',
      failureReason: 'TOO_LONG',
      failureMessage: 'too long',
    });
    expect(kit.published.map((m) => [m.type, m.payload])).toEqual([
      ['media.failed', { mediaId: 'm1', ownerId: 'teacher', reason: 'TOO_LONG' }],
    ]);
  });

  it('a second outcome, or one for an item deleted since, changes nothing and publishes nothing', async () => {
    const { kit, handler } = setUp();
    await handler.execute(new FinishProcessingCommand('m1', { ok: true, renditions: [rendition], metadata: {} }));
    await expect(
      handler.execute(new FinishProcessingCommand('m1', { ok: false, reason: 'CORRUPTED_FILE', message: 'x' })),
    ).resolves.toBe(false);
    await expect(
      handler.execute(new FinishProcessingCommand('gone', { ok: false, reason: 'CORRUPTED_FILE', message: 'x' })),
    ).resolves.toBe(false);
    expect(kit.repo.items.get('m1')?.status).toBe('ready');
    expect(kit.published.map((m) => m.type)).toEqual(['media.ready']);
  });
});
