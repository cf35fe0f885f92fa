import { Inject } from '@nestjs/common';
import { type IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import type { MediaFolderView } from '@preau/contracts';
import {
  MEDIA_FOLDER_REPOSITORY,
  type MediaFolderRepository,
} from '../../../domain/media-folder/media-folder.repository';
import { ListFoldersQuery } from './list-folders.query';

@QueryHandler(ListFoldersQuery)
export class ListFoldersHandler implements IQueryHandler<ListFoldersQuery, MediaFolderView[]> {
  constructor(@Inject(MEDIA_FOLDER_REPOSITORY) private readonly folders: MediaFolderRepository) {}

  async execute({ ownerId }: ListFoldersQuery): Promise<MediaFolderView[]> {
    return (await this.folders.foldersOf(ownerId)).map(({ folder, itemCount }) => ({
      id: folder.id,
      name: folder.name,
      itemCount,
    }));
  }
}
