import { Inject } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import type { MediaFolderView } from '@preau/contracts';
import {
  MEDIA_FOLDER_REPOSITORY,
  type MediaFolderRepository,
} from '../../../domain/media-folder/media-folder.repository';
import { checkUniqueFolderName, ownFolder } from '../../media-folders';
import { RenameFolderCommand } from './rename-folder.command';

@CommandHandler(RenameFolderCommand)
export class RenameFolderHandler implements ICommandHandler<RenameFolderCommand, MediaFolderView> {
  constructor(@Inject(MEDIA_FOLDER_REPOSITORY) private readonly folders: MediaFolderRepository) {}

  async execute({ ownerId, folderId, name }: RenameFolderCommand): Promise<MediaFolderView> {
    const folder = await ownFolder(this.folders, ownerId, folderId);
    await checkUniqueFolderName(this.folders, ownerId, name, folder.id);
    folder.rename(name);
    const counted = (await this.folders.foldersOf(ownerId)).find((f) => f.folder.id === folder.id);
    return { id: folder.id, name: folder.name, itemCount: counted?.itemCount ?? 0 };
  }
}
