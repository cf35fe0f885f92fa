import { Inject } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { MediaEvents } from '@preau/contracts';
import { CLOCK, type Clock } from '@preau/kernel';
import { Outbox } from '@preau/platform';
import { MEDIA_ITEM_REPOSITORY, type MediaItemRepository } from '../../../domain/media-item/media-item.repository';
import { FinishProcessingCommand } from './finish-processing.command';

@CommandHandler(FinishProcessingCommand)
export class FinishProcessingHandler implements ICommandHandler<FinishProcessingCommand, boolean> {
  constructor(
    @Inject(MEDIA_ITEM_REPOSITORY) private readonly media: MediaItemRepository,
    @Inject(CLOCK) private readonly clock: Clock,
    private readonly outbox: Outbox,
  ) {}

  async execute({ mediaId, outcome }: FinishProcessingCommand): Promise<boolean> {
    const item = await this.media.byIdForUpdate(mediaId);
    if (!item || item.finished) return false;
    if (outcome.ok) {
      item.markReady(outcome.renditions, outcome.metadata, this.clock.now(), outcome.kind);
      this.outbox.publish(
        MediaEvents.Ready,
        { mediaId, ownerId: item.ownerId },
        { actorId: item.ownerId, origin: null },
      );
    } else {
      item.markFailed(outcome.reason, outcome.message, this.clock.now());
      this.outbox.publish(
        MediaEvents.Failed,
        { mediaId, ownerId: item.ownerId, reason: outcome.reason },
        { actorId: item.ownerId, origin: null },
      );
    }
    return true;
  }
}
