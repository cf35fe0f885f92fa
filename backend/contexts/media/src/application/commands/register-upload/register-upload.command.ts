import { Command, type MediaItemView, type MediaKind } from '@preau/contracts';
import type { Id } from '@preau/kernel';

/** Records an upload whose original is already in the storage under `<id>/original`. */
export class RegisterUploadCommand extends Command<MediaItemView> {
  constructor(
    readonly id: Id,
    readonly ownerId: Id,
    readonly kind: Exclude<MediaKind, 'link'>,
    readonly mimeType: string,
    readonly size: number,
    readonly title: string,
  ) {
    super();
  }
}
