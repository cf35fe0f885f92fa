import { Inject } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { MediaEvents } from '@preau/contracts';
import { CLOCK, type Clock } from '@preau/kernel';
import { Outbox } from '@preau/platform';
import { MEDIA_ITEM_REPOSITORY, type MediaItemRepository } from '../../../domain/media-item/media-item.repository';
import { FailStaleProcessingCommand } from './fail-stale-processing.command';

@CommandHandler(FailStaleProcessingCommand)
export class FailStaleProcessingHandler implements ICommandHandler<FailStaleProcessingCommand, number> {
  constructor(
    @Inject(MEDIA_ITEM_REPOSITORY) private readonly media: MediaItemRepository,
    @Inject(CLOCK) private readonly clock: Clock,
    private readonly outbox: Outbox,
  ) {}

  async execute({ olderThanMs }: FailStaleProcessingCommand): Promise<number> {
    const now = this.clock.now();
    let failed = 0;
    for (const id of await this.media.staleProcessing(new Date(now.getTime() - olderThanMs))) {
      const item = await this.media.byIdForUpdate(id);
      if (!item || item.finished) continue;
      item.markFailed('PROCESSING_ERROR', 'The file could not be processed in time.', now);
      this.outbox.publish(
        MediaEvents.Failed,
        { mediaId: id, ownerId: item.ownerId, reason: 'PROCESSING_ERROR' },
        { actorId: item.ownerId, origin: null },
      );
      failed++;
    }
    return failed;
  }
}
