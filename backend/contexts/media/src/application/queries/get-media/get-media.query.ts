import { type MediaItemView, Query } from '@preau/contracts';
import type { Id } from '@preau/kernel';

export class GetMediaQuery extends Query<MediaItemView> {
  constructor(
    readonly actorId: Id,
    readonly mediaId: Id,
  ) {
    super();
  }
}
