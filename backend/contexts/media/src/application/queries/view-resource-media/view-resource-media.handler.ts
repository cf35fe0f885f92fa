import { Inject } from '@nestjs/common';
import { type IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { type MediaItemView, ViewResourceMediaQuery } from '@preau/contracts';
import type { Id } from '@preau/kernel';
import { MEDIA_ITEM_REPOSITORY, type MediaItemRepository } from '../../../domain/media-item/media-item.repository';
import { MediaViews } from '../../media-views';

/** Items used by resources another context has shown to the viewer (that context checked the viewer may read them). */
@QueryHandler(ViewResourceMediaQuery)
export class ViewResourceMediaHandler implements IQueryHandler<ViewResourceMediaQuery, Record<Id, MediaItemView[]>> {
  constructor(
    @Inject(MEDIA_ITEM_REPOSITORY) private readonly media: MediaItemRepository,
    private readonly views: MediaViews,
  ) {}

  async execute({ viewerId, context, resourceIds }: ViewResourceMediaQuery): Promise<Record<Id, MediaItemView[]>> {
    const used = await this.media.usedBy(context, [...new Set(resourceIds)]);
    const result: Record<Id, MediaItemView[]> = {};
    for (const [resourceId, items] of used)
      result[resourceId] = items.map((item) => this.views.view(item, viewerId, []));
    return result;
  }
}
