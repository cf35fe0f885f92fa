import { Inject } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { ErrorCodes, MediaEvents } from '@preau/contracts';
import { DomainError } from '@preau/kernel';
import { Outbox } from '@preau/platform';
import { MEDIA_ITEM_REPOSITORY, type MediaItemRepository } from '../../../domain/media-item/media-item.repository';
import { MediaAccess } from '../../media-access';
import { DeleteMediaCommand } from './delete-media.command';

@CommandHandler(DeleteMediaCommand)
export class DeleteMediaHandler implements ICommandHandler<DeleteMediaCommand, void> {
  constructor(
    private readonly access: MediaAccess,
    @Inject(MEDIA_ITEM_REPOSITORY) private readonly media: MediaItemRepository,
    private readonly outbox: Outbox,
  ) {}

  async execute({ actorId, mediaId, force }: DeleteMediaCommand): Promise<void> {
    const item = await this.access.owned(actorId, mediaId);
    const usages = (await this.media.usagesOf(item.id)).length + (await this.media.classesSharing(item.id)).length;
    if (usages > 0 && !force) {
      throw new DomainError(ErrorCodes.MEDIA_IN_USE, 'This document is used elsewhere; confirm to delete it anyway.', {
        usages,
        rule: 'AnItemInUseIsDeletedOnlyOnConfirmation',
      });
    }
    this.media.remove(item);
    // The worker deletes the bytes on this event, once the deletion is committed.
    this.outbox.publish(MediaEvents.Deleted, { mediaId: item.id, ownerId: item.ownerId });
  }
}
