import { Inject } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { type MediaFailureReason, MediaEvents, type MediaKind } from '@preau/contracts';
import { CLOCK, type Clock, type Id } from '@preau/kernel';
import { Command } from '@preau/contracts';
import { Outbox } from '@preau/platform';
import type { MediaMetadata, StoredRendition } from '../../domain/media-item';
import { MEDIA_REPOSITORY, type MediaRepository } from '../ports/media.repository';

/** Records the outcome of processing; a second outcome for the same item changes nothing. */
export class FinishProcessingCommand extends Command<boolean> {
  constructor(
    readonly mediaId: Id,
    readonly outcome:
      | { ok: true; renditions: StoredRendition[]; metadata: MediaMetadata; kind?: MediaKind }
      | { ok: false; reason: MediaFailureReason; message: string },
  ) {
    super();
  }
}

@CommandHandler(FinishProcessingCommand)
export class FinishProcessingHandler implements ICommandHandler<FinishProcessingCommand, boolean> {
  constructor(
    @Inject(MEDIA_REPOSITORY) private readonly media: MediaRepository,
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

/** Items whose processing was lost for good (a job failed without a last attempt) end failed, never stuck. */
export class FailStaleProcessingCommand extends Command<number> {
  constructor(readonly olderThanMs: number) {
    super();
  }
}

@CommandHandler(FailStaleProcessingCommand)
export class FailStaleProcessingHandler implements ICommandHandler<FailStaleProcessingCommand, number> {
  constructor(
    @Inject(MEDIA_REPOSITORY) private readonly media: MediaRepository,
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
