import { MediaItem } from '../../../domain/media-item/media-item';
import { aPhoto, mediaKit } from '../../../testing/media-test-kit';
import { FailStaleProcessingCommand } from './fail-stale-processing.command';
import { FailStaleProcessingHandler } from './fail-stale-processing.handler';

const HOUR = 60 * 60_000;

describe('FailStaleProcessingHandler', () => {
  it('fails the items processing for longer than the limit, by the clock, and publishes media.failed for each', async () => {
    const kit = mediaKit();
    const upload = (id: string) =>
      kit.repo.add(
        MediaItem.uploaded({
          id,
          ownerId: 'teacher',
          kind: 'image',
          title: id,
          mimeType: 'image/jpeg',
          size: 1,
          now: kit.clock.now(),
        }),
      );
    upload('old');
    aPhoto(kit, { id: 'done', ownerId: 'teacher' });
    kit.clock.advance(2 * HOUR);
    upload('recent');
    kit.clock.advance(2 * HOUR);

    await expect(
      new FailStaleProcessingHandler(kit.repo, kit.clock, kit.outbox).execute(new FailStaleProcessingCommand(3 * HOUR)),
    ).resolves.toBe(1);
    expect(kit.repo.items.get('old')).toMatchObject({
      status: 'failed',
      failureReason: 'PROCESSING_ERROR',
      processedAt: kit.clock.now(),
    });
    expect(kit.repo.items.get('recent')?.status).toBe('processing');
    expect(kit.repo.items.get('done')?.status).toBe('ready');
    expect(kit.published.map((m) => [m.type, m.payload, m.actorId])).toEqual([
      ['media.failed', { mediaId: 'old', ownerId: 'teacher', reason: 'PROCESSING_ERROR' }, 'teacher'],
    ]);
  });
});
