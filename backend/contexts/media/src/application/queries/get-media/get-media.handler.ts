import { Inject } from '@nestjs/common';
import { type IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import type { MediaItemView } from '@preau/contracts';
import { MEDIA_ITEM_REPOSITORY, type MediaItemRepository } from '../../../domain/media-item/media-item.repository';
import { MediaAccess } from '../../media-access';
import { MediaViews } from '../../media-views';
import { GetMediaQuery } from './get-media.query';

@QueryHandler(GetMediaQuery)
export class GetMediaHandler implements IQueryHandler<GetMediaQuery, MediaItemView> {
  constructor(
    private readonly access: MediaAccess,
    @Inject(MEDIA_ITEM_REPOSITORY) private readonly media: MediaItemRepository,
    private readonly views: MediaViews,
  ) {}

  async execute({ actorId, mediaId }: GetMediaQuery): Promise<MediaItemView> {
    const item = await this.access.visible(actorId, mediaId);
    return this.views.view(item, actorId, await this.media.classesSharing(item.id));
  }
}
