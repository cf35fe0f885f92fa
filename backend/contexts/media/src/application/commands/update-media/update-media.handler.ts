import { Inject } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import type { MediaItemView } from '@preau/contracts';
import {
  MEDIA_FOLDER_REPOSITORY,
  type MediaFolderRepository,
} from '../../../domain/media-folder/media-folder.repository';
import { MEDIA_ITEM_REPOSITORY, type MediaItemRepository } from '../../../domain/media-item/media-item.repository';
import { MediaAccess } from '../../media-access';
import { ownFolder } from '../../media-folders';
import { MediaViews } from '../../media-views';
import { UpdateMediaCommand } from './update-media.command';

/** The owner renames an item or moves it into one of their folders (or back to the root). */
@CommandHandler(UpdateMediaCommand)
export class UpdateMediaHandler implements ICommandHandler<UpdateMediaCommand, MediaItemView> {
  constructor(
    private readonly access: MediaAccess,
    @Inject(MEDIA_ITEM_REPOSITORY) private readonly media: MediaItemRepository,
    @Inject(MEDIA_FOLDER_REPOSITORY) private readonly folders: MediaFolderRepository,
    private readonly views: MediaViews,
  ) {}

  async execute({ actorId, mediaId, changes }: UpdateMediaCommand): Promise<MediaItemView> {
    const item = await this.access.owned(actorId, mediaId);
    if (changes.title !== undefined) item.rename(changes.title);
    if (changes.folderId !== undefined)
      item.folderId = changes.folderId === null ? null : (await ownFolder(this.folders, actorId, changes.folderId)).id;
    return this.views.view(item, actorId, await this.media.classesSharing(item.id));
  }
}
