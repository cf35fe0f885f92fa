import { Command } from '@preau/contracts';
import { Inject } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { ErrorCodes, MediaEvents, type MediaItemView, type MediaKind } from '@preau/contracts';
import { CLOCK, type Clock, DomainError, type Id, newId } from '@preau/kernel';
import { Outbox } from '@preau/platform';
import { MediaItem } from '../../domain/media-item';
import { MediaViews } from '../media-views';
import { MEDIA_SETTINGS, type MediaSettings } from '../ports/link-signer.port';
import { MEDIA_REPOSITORY, type MediaRepository } from '../ports/media.repository';

/** Per kind, a file larger than this is refused even under the global upload limit. */
export const KIND_LIMITS_BYTES = {
  image: 40 * 1024 * 1024,
  audio: 150 * 1024 * 1024,
  document: 60 * 1024 * 1024,
  video: Number.POSITIVE_INFINITY,
};

/** Records an upload whose original is already in the storage under `<id>/original`. */
export class RegisterUploadCommand extends Command<MediaItemView> {
  constructor(
    readonly id: Id,
    readonly ownerId: Id,
    readonly kind: Exclude<MediaKind, 'link'>,
    readonly mimeType: string,
    readonly size: number,
    readonly title: string,
  ) {
    super();
  }
}

export class CreateLinkCommand extends Command<MediaItemView> {
  constructor(
    readonly ownerId: Id,
    readonly url: string,
    readonly title: string,
  ) {
    super();
  }
}

export const mb = (bytes: number) => `${Math.round(bytes / 1024 / 1024)} MB`;

/**
 * Only database work here (quota under a lock, the item, the `media.uploaded` event): the bytes were
 * stored before, so no transaction stays open while a large file travels to the storage.
 */
@CommandHandler(RegisterUploadCommand)
export class RegisterUploadHandler implements ICommandHandler<RegisterUploadCommand, MediaItemView> {
  constructor(
    @Inject(MEDIA_REPOSITORY) private readonly media: MediaRepository,
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

/** A link is a title and an http(s) URL; the server never fetches it (no request forgery). */
@CommandHandler(CreateLinkCommand)
export class CreateLinkHandler implements ICommandHandler<CreateLinkCommand, MediaItemView> {
  constructor(
    @Inject(MEDIA_REPOSITORY) private readonly media: MediaRepository,
    @Inject(CLOCK) private readonly clock: Clock,
    private readonly views: MediaViews,
  ) {}

  async execute({ ownerId, url, title }: CreateLinkCommand): Promise<MediaItemView> {
    const item = MediaItem.link({ id: newId(), ownerId, url, title, now: this.clock.now() });
    this.media.add(item);
    return this.views.view(item, ownerId, []);
  }
}
