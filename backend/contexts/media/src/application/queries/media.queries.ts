import { Query } from '@preau/contracts';
import { Inject } from '@nestjs/common';
import { type IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import {
  type MediaFolderView,
  type MediaItemView,
  type MediaKind,
  type MediaPage,
  ViewResourceMediaQuery,
} from '@preau/contracts';
import type { Id } from '@preau/kernel';
import { decodeKeysetCursor, encodeKeysetCursor } from '@preau/platform';
import { MediaAccess } from '../media-access';
import { MediaViews } from '../media-views';
import { MEDIA_REPOSITORY, type MediaRepository } from '../ports/media.repository';

export class ListMediaQuery extends Query<MediaPage> {
  constructor(
    readonly actorId: Id,
    readonly scope: { mine: true } | { classId: Id },
    readonly filter: { q?: string; kind?: MediaKind; folderId?: Id | 'root'; cursor?: string; limit: number },
  ) {
    super();
  }
}

export class GetMediaQuery extends Query<MediaItemView> {
  constructor(
    readonly actorId: Id,
    readonly mediaId: Id,
  ) {
    super();
  }
}

/** My library, or a class library (for those who may read it), newest first, by cursor. */
@QueryHandler(ListMediaQuery)
export class ListMediaHandler implements IQueryHandler<ListMediaQuery, MediaPage> {
  constructor(
    private readonly access: MediaAccess,
    @Inject(MEDIA_REPOSITORY) private readonly media: MediaRepository,
    private readonly views: MediaViews,
  ) {}

  async execute({ actorId, scope, filter }: ListMediaQuery): Promise<MediaPage> {
    if ('classId' in scope) await this.access.checkClassAction(actorId, scope.classId, 'media.class.read');
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

@QueryHandler(GetMediaQuery)
export class GetMediaHandler implements IQueryHandler<GetMediaQuery, MediaItemView> {
  constructor(
    private readonly access: MediaAccess,
    @Inject(MEDIA_REPOSITORY) private readonly media: MediaRepository,
    private readonly views: MediaViews,
  ) {}

  async execute({ actorId, mediaId }: GetMediaQuery): Promise<MediaItemView> {
    const item = await this.access.visible(actorId, mediaId);
    return this.views.view(item, actorId, await this.media.classesSharing(item.id));
  }
}

export class ListFoldersQuery extends Query<MediaFolderView[]> {
  constructor(readonly ownerId: Id) {
    super();
  }
}

@QueryHandler(ListFoldersQuery)
export class ListFoldersHandler implements IQueryHandler<ListFoldersQuery, MediaFolderView[]> {
  constructor(@Inject(MEDIA_REPOSITORY) private readonly media: MediaRepository) {}

  async execute({ ownerId }: ListFoldersQuery): Promise<MediaFolderView[]> {
    return (await this.media.foldersOf(ownerId)).map(({ folder, itemCount }) => ({
      id: folder.id,
      name: folder.name,
      itemCount,
    }));
  }
}

/** Items used by resources another context has shown to the viewer (that context checked the viewer may read them). */
@QueryHandler(ViewResourceMediaQuery)
export class ViewResourceMediaHandler implements IQueryHandler<ViewResourceMediaQuery, Record<Id, MediaItemView[]>> {
  constructor(
    @Inject(MEDIA_REPOSITORY) private readonly media: MediaRepository,
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
