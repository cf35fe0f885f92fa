import { Command, type MediaItemView } from '@preau/contracts';
import type { Id } from '@preau/kernel';

export class ShareWithClassCommand extends Command<MediaItemView> {
  constructor(
    readonly actorId: Id,
    readonly classId: Id,
    readonly mediaId: Id,
  ) {
    super();
  }
}
