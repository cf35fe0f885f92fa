import { Inject } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { ErrorCodes } from '@preau/contracts';
import { DomainError } from '@preau/kernel';
import { CLASS_ACCESS, type ClassAccessPort, checkClassAction } from '@preau/platform';
import { MEDIA_ITEM_REPOSITORY, type MediaItemRepository } from '../../../domain/media-item/media-item.repository';
import { UnshareFromClassCommand } from './unshare-from-class.command';

/** Whoever may share into the class library may take any item out of it (not only their own). */
@CommandHandler(UnshareFromClassCommand)
export class UnshareFromClassHandler implements ICommandHandler<UnshareFromClassCommand, void> {
  constructor(
    @Inject(CLASS_ACCESS) private readonly classes: ClassAccessPort,
    @Inject(MEDIA_ITEM_REPOSITORY) private readonly media: MediaItemRepository,
  ) {}

  async execute({ actorId, classId, mediaId }: UnshareFromClassCommand): Promise<void> {
    await checkClassAction(this.classes, actorId, classId, 'media.class.share');
    if (!(await this.media.unshare(classId, mediaId)))
      throw new DomainError(ErrorCodes.NOT_FOUND, 'This item is not in the class library.');
  }
}
