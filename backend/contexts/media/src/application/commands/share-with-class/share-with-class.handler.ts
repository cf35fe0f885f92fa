import { Inject } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { ErrorCodes, MediaEvents, type MediaItemView } from '@preau/contracts';
import { CLOCK, type Clock, DomainError } from '@preau/kernel';
import { CLASS_ACCESS, type ClassAccessPort, checkClassAction, Outbox } from '@preau/platform';
import { MEDIA_ITEM_REPOSITORY, type MediaItemRepository } from '../../../domain/media-item/media-item.repository';
import { MediaAccess } from '../../media-access';
import { MediaViews } from '../../media-views';
import { MEDIA_SETTINGS, type MediaSettings } from '../../ports/link-signer.port';
import { ShareWithClassCommand } from './share-with-class.command';

/** The teacher shares one of their items into the class library (fiches outil...). */
@CommandHandler(ShareWithClassCommand)
export class ShareWithClassHandler implements ICommandHandler<ShareWithClassCommand, MediaItemView> {
  constructor(
    @Inject(CLASS_ACCESS) private readonly classes: ClassAccessPort,
    private readonly access: MediaAccess,
    @Inject(MEDIA_ITEM_REPOSITORY) private readonly media: MediaItemRepository,
    @Inject(MEDIA_SETTINGS) private readonly settings: MediaSettings,
    @Inject(CLOCK) private readonly clock: Clock,
    private readonly outbox: Outbox,
    private readonly views: MediaViews,
  ) {}

  async execute({ actorId, classId, mediaId }: ShareWithClassCommand): Promise<MediaItemView> {
    const inClass = await checkClassAction(this.classes, actorId, classId, 'media.class.share');
    const item = await this.access.owned(actorId, mediaId);
    const already = await this.media.classesSharing(item.id);
    if (!already.includes(classId)) {
      await this.media.lockQuota(`class:${classId}`);
      const used = await this.media.bytesSharedWith(classId);
      if (used + item.storedBytes > this.settings.classQuotaBytes) {
        throw new DomainError(ErrorCodes.QUOTA_EXCEEDED, 'The class library is full.', {
          used,
          quota: this.settings.classQuotaBytes,
        });
      }
      await this.media.share(classId, item.id, actorId, this.clock.now());
      this.outbox.publish(MediaEvents.SharedWithClass, { mediaId: item.id, classId, schoolId: inClass.schoolId });
    }
    return this.views.view(item, actorId, [...new Set([...already, classId])]);
  }
}
