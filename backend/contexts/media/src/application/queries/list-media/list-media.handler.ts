import { Inject } from '@nestjs/common';
import { type IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import type { MediaPage } from '@preau/contracts';
import {
  CLASS_ACCESS,
  type ClassAccessPort,
  checkClassAction,
  decodeKeysetCursor,
  encodeKeysetCursor,
} from '@preau/platform';
import { MEDIA_ITEM_REPOSITORY, type MediaItemRepository } from '../../../domain/media-item/media-item.repository';
import { MediaViews } from '../../media-views';
import { ListMediaQuery } from './list-media.query';

/** My library, or a class library (for those who may read it), newest first, by cursor. */
@QueryHandler(ListMediaQuery)
export class ListMediaHandler implements IQueryHandler<ListMediaQuery, MediaPage> {
  constructor(
    @Inject(CLASS_ACCESS) private readonly classes: ClassAccessPort,
    @Inject(MEDIA_ITEM_REPOSITORY) private readonly media: MediaItemRepository,
    private readonly views: MediaViews,
  ) {}

  async execute({ actorId, scope, filter }: ListMediaQuery): Promise<MediaPage> {
    if ('classId' in scope) await checkClassAction(this.classes, actorId, scope.classId, 'media.class.read');
    // A cursor that is not one of ours starts from the top.
    const position = filter.cursor ? decodeKeysetCursor(filter.cursor) : null;
    const rows = await this.media.list({
      ...('classId' in scope ? { classId: scope.classId } : { ownerId: actorId }),
      q: filter.q,
      kind: filter.kind,
      ...('classId' in scope || filter.folderId === undefined
        ? {}
        : { folderId: filter.folderId === 'root' ? null : filter.folderId }),
      after: position ? { createdAt: position.at, id: position.id } : undefined,
      limit: filter.limit + 1,
    });
    const page = rows.slice(0, filter.limit);
    const items = await Promise.all(
      page.map(async (item) => this.views.view(item, actorId, await this.media.classesSharing(item.id))),
    );
    const last = page[page.length - 1];
    return {
      items,
      nextCursor: rows.length > filter.limit && last ? encodeKeysetCursor(last.createdAt, last.id) : null,
    };
  }
}
