import { type MediaKind, type MediaPage, Query } from '@preau/contracts';
import type { Id } from '@preau/kernel';

export class ListMediaQuery extends Query<MediaPage> {
  constructor(
    readonly actorId: Id,
    readonly scope: { mine: true } | { classId: Id },
    readonly filter: { q?: string; kind?: MediaKind; folderId?: Id | 'root'; cursor?: string; limit: number },
  ) {
    super();
  }
}
