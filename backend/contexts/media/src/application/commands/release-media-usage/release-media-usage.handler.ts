import { Inject } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { ReleaseMediaUsageCommand } from '@preau/contracts';
import { MEDIA_ITEM_REPOSITORY, type MediaItemRepository } from '../../../domain/media-item/media-item.repository';

/** The resource is gone: its items stay in their owners' libraries, only the usage goes. */
@CommandHandler(ReleaseMediaUsageCommand)
export class ReleaseMediaUsageHandler implements ICommandHandler<ReleaseMediaUsageCommand, void> {
  constructor(@Inject(MEDIA_ITEM_REPOSITORY) private readonly media: MediaItemRepository) {}

  execute({ usage }: ReleaseMediaUsageCommand): Promise<void> {
    return this.media.releaseUsages(usage);
  }
}
