import { Inject } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { ErrorCodes, MediaEvents, type MediaItemView } from '@preau/contracts';
import { CLOCK, type Clock, DomainError } from '@preau/kernel';
import { Outbox } from '@preau/platform';
import { MediaItem } from '../../../domain/media-item/media-item';
import { MEDIA_ITEM_REPOSITORY, type MediaItemRepository } from '../../../domain/media-item/media-item.repository';
import { MediaViews } from '../../media-views';
import { MEDIA_SETTINGS, type MediaSettings } from '../../ports/link-signer.port';
import { mb } from '../../upload-limits';
import { RegisterUploadCommand } from './register-upload.command';

/**
 * Only database work here (quota under a lock, the item, the `media.uploaded` event): the bytes were
 * stored before, so no transaction stays open while a large file travels to the storage.
 */
@CommandHandler(RegisterUploadCommand)
export class RegisterUploadHandler implements ICommandHandler<RegisterUploadCommand, MediaItemView> {
  constructor(
    @Inject(MEDIA_ITEM_REPOSITORY) private readonly media: MediaItemRepository,
    @Inject(MEDIA_SETTINGS) private readonly settings: MediaSettings,
    @Inject(CLOCK) private readonly clock: Clock,
    private readonly outbox: Outbox,
    private readonly views: MediaViews,
  ) {}

  async execute({ id, ownerId, kind, mimeType, size, title }: RegisterUploadCommand): Promise<MediaItemView> {
    await this.media.lockQuota(`owner:${ownerId}`);
    const used = await this.media.bytesOf(ownerId);
    if (used + size > this.settings.userQuotaBytes) {
      throw new DomainError(
        ErrorCodes.QUOTA_EXCEEDED,
        `Your media library is full (${mb(used)} of ${mb(this.settings.userQuotaBytes)}).`,
        { used, quota: this.settings.userQuotaBytes },
      );
    }
    const item = MediaItem.uploaded({ id, ownerId, kind, title, mimeType, size, now: this.clock.now() });
    this.media.add(item);
    this.outbox.publish(MediaEvents.Uploaded, { mediaId: item.id, kind: item.kind, ownerId });
    return this.views.view(item, ownerId, []);
  }
}
