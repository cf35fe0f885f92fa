import { Command, type MediaItemView } from '@preau/contracts';
import type { Id } from '@preau/kernel';

export class CreateLinkCommand extends Command<MediaItemView> {
  constructor(
    readonly ownerId: Id,
    readonly url: string,
    readonly title: string,
  ) {
    super();
  }
}
