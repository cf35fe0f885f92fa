import { Inject } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import {
  MEDIA_FOLDER_REPOSITORY,
  type MediaFolderRepository,
} from '../../../domain/media-folder/media-folder.repository';
import { ownFolder } from '../../media-folders';
import { DeleteFolderCommand } from './delete-folder.command';

/** Deleting a folder keeps its items: they go back to the root of the library. */
@CommandHandler(DeleteFolderCommand)
export class DeleteFolderHandler implements ICommandHandler<DeleteFolderCommand, void> {
  constructor(@Inject(MEDIA_FOLDER_REPOSITORY) private readonly folders: MediaFolderRepository) {}

  async execute({ ownerId, folderId }: DeleteFolderCommand): Promise<void> {
    this.folders.removeFolder(await ownFolder(this.folders, ownerId, folderId));
  }
}
