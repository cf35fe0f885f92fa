import { Inject } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { ErrorCodes, MediaEvents, type MediaItemView } from '@preau/contracts';
import { CLOCK, type Clock, DomainError, type Id, newId } from '@preau/kernel';
import { Outbox } from '@preau/platform';
import { createReadStream } from 'node:fs';
import { MediaItem } from '../../domain/media-item';
import { MediaViews } from '../media-views';
import { CONTENT_SNIFFER, type ContentSniffer } from '../ports/content-sniffer.port';
import { MEDIA_SETTINGS, type MediaSettings } from '../ports/link-signer.port';
import { MEDIA_STORAGE, type MediaStorage } from '../ports/media-storage.port';
import { MEDIA_REPOSITORY, type MediaRepository } from '../ports/media.repository';

/** Per kind, a file larger than this is refused even under the global upload limit. */
export const KIND_LIMITS_BYTES = { image: 40 * 1024 * 1024, audio: 150 * 1024 * 1024, document: 60 * 1024 * 1024, video: Number.POSITIVE_INFINITY };

export class UploadMediaCommand {
  constructor(
    readonly ownerId: Id,
    /** The upload, already streamed to a temporary file by the HTTP layer (never held in memory). */
    readonly tempPath: string,
    readonly size: number,
    readonly title: string,
  ) {}
}

export class CreateLinkCommand {
  constructor(
    readonly ownerId: Id,
    readonly url: string,
    readonly title: string,
  ) {}
}

const mb = (bytes: number) => `${Math.round(bytes / 1024 / 1024)} MB`;

/**
 * The real type is read from the bytes; the stored name is the item id, never the uploaded name.
 * The original is stored and the item is committed with a `media.uploaded` event: the worker processes it.
 */
@CommandHandler(UploadMediaCommand)
export class UploadMediaHandler implements ICommandHandler<UploadMediaCommand, MediaItemView> {
  constructor(
    @Inject(MEDIA_REPOSITORY) private readonly media: MediaRepository,
    @Inject(MEDIA_STORAGE) private readonly storage: MediaStorage,
    @Inject(CONTENT_SNIFFER) private readonly sniffer: ContentSniffer,
    @Inject(MEDIA_SETTINGS) private readonly settings: MediaSettings,
    @Inject(CLOCK) private readonly clock: Clock,
    private readonly outbox: Outbox,
    private readonly views: MediaViews,
  ) {}

  async execute({ ownerId, tempPath, size, title }: UploadMediaCommand): Promise<MediaItemView> {
    const sniffed = await this.sniffer.sniff(tempPath);
    if (!sniffed) {
      throw new DomainError(ErrorCodes.UNSUPPORTED_MEDIA_TYPE, 'This kind of file is not accepted: images, sound, video, PDF, OpenDocument, Office documents and plain text are.');
    }
    const limit = Math.min(KIND_LIMITS_BYTES[sniffed.kind], this.settings.maxUploadBytes);
    if (size > limit) throw new DomainError(ErrorCodes.PAYLOAD_TOO_LARGE, `A file of this kind may weigh at most ${mb(limit)}.`, { limit });
    await this.media.lockQuota(`owner:${ownerId}`);
    const used = await this.media.bytesOf(ownerId);
    if (used + size > this.settings.userQuotaBytes) {
      throw new DomainError(ErrorCodes.QUOTA_EXCEEDED, `Your media library is full (${mb(used)} of ${mb(this.settings.userQuotaBytes)}).`, { used, quota: this.settings.userQuotaBytes });
    }
    const item = MediaItem.uploaded({ id: newId(), ownerId, kind: sniffed.kind, title, mimeType: sniffed.mimeType, size, now: this.clock.now() });
    await this.storage.put(`${item.id}/original`, createReadStream(tempPath), sniffed.mimeType);
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
