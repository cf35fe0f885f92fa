import { Command, type MediaItemView } from '@preau/contracts';
import type { Id } from '@preau/kernel';

export class UpdateMediaCommand extends Command<MediaItemView> {
  constructor(
    readonly actorId: Id,
    readonly mediaId: Id,
    readonly changes: { title?: string; folderId?: Id | null },
  ) {
    super();
  }
}
