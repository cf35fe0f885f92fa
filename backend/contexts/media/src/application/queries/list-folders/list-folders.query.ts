import { type MediaFolderView, Query } from '@preau/contracts';
import type { Id } from '@preau/kernel';

export class ListFoldersQuery extends Query<MediaFolderView[]> {
  constructor(readonly ownerId: Id) {
    super();
  }
}
