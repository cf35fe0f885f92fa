import { Inject, Injectable } from '@nestjs/common';
import { ErrorCodes, type MediaItemView } from '@preau/contracts';
import { DomainError, type Id, newId } from '@preau/kernel';
import { Bus } from '@preau/platform';
import { createReadStream } from 'node:fs';
import { RegisterUploadCommand } from './commands/register-upload/register-upload.command';
import { CONTENT_SNIFFER, type ContentSniffer } from './ports/content-sniffer.port';
import { MEDIA_SETTINGS, type MediaSettings } from './ports/link-signer.port';
import { MEDIA_STORAGE, type MediaStorage } from './ports/media-storage.port';
import { KIND_LIMITS_BYTES, mb } from './upload-limits';

/**
 * An upload, from a temporary file: the real type is read from the bytes (415 otherwise), the per-kind
 * limit applied (413), the original stored under a name the server made, and only then the item recorded
 * (quota, 507). If recording fails, the stored bytes go: nothing half-made stays behind.
 */
@Injectable()
export class MediaUploads {
  constructor(
    private readonly bus: Bus,
    @Inject(MEDIA_STORAGE) private readonly storage: MediaStorage,
    @Inject(CONTENT_SNIFFER) private readonly sniffer: ContentSniffer,
    @Inject(MEDIA_SETTINGS) private readonly settings: MediaSettings,
  ) {}

  async upload(ownerId: Id, tempPath: string, size: number, title: string): Promise<MediaItemView> {
    const sniffed = await this.sniffer.sniff(tempPath);
    if (!sniffed) {
      throw new DomainError(
        ErrorCodes.UNSUPPORTED_MEDIA_TYPE,
        'This kind of file is not accepted: images, sound, video, PDF, OpenDocument, Office documents and plain text are.',
      );
    }
    const limit = Math.min(KIND_LIMITS_BYTES[sniffed.kind], this.settings.maxUploadBytes);
    if (size > limit)
      throw new DomainError(ErrorCodes.PAYLOAD_TOO_LARGE, `A file of this kind may weigh at most ${mb(limit)}.`, {
        limit,
      });
    const id = newId();
    await this.storage.put(`${id}/original`, createReadStream(tempPath), sniffed.mimeType);
    try {
      return await this.bus.command(
        new RegisterUploadCommand(id, ownerId, sniffed.kind, sniffed.mimeType, size, title),
      );
    } catch (error) {
      await this.storage.deletePrefix(`${id}/`).catch(() => undefined);
      throw error;
    }
  }
}
