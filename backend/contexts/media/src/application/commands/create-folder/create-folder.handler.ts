import { Inject } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import type { MediaFolderView } from '@preau/contracts';
import { CLOCK, type Clock, newId } from '@preau/kernel';
import { MediaFolder } from '../../../domain/media-folder/media-folder';
import {
  MEDIA_FOLDER_REPOSITORY,
  type MediaFolderRepository,
} from '../../../domain/media-folder/media-folder.repository';
import { checkUniqueFolderName } from '../../media-folders';
import { CreateFolderCommand } from './create-folder.command';

@CommandHandler(CreateFolderCommand)
export class CreateFolderHandler implements ICommandHandler<CreateFolderCommand, MediaFolderView> {
  constructor(
    @Inject(MEDIA_FOLDER_REPOSITORY) private readonly folders: MediaFolderRepository,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async execute({ ownerId, name }: CreateFolderCommand): Promise<MediaFolderView> {
    await checkUniqueFolderName(this.folders, ownerId, name);
    const folder = MediaFolder.create({ id: newId(), ownerId, name, now: this.clock.now() });
    this.folders.addFolder(folder);
    return { id: folder.id, name: folder.name, itemCount: 0 };
  }
}
