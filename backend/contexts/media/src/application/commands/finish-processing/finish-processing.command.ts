import { Command, type MediaFailureReason, type MediaKind } from '@preau/contracts';
import type { Id } from '@preau/kernel';
import type { MediaMetadata, StoredRendition } from '../../../domain/media-item/media-item';

/** Records the outcome of processing; a second outcome for the same item changes nothing. → whether it recorded. */
export class FinishProcessingCommand extends Command<boolean> {
  constructor(
    readonly mediaId: Id,
    readonly outcome:
      | { ok: true; renditions: StoredRendition[]; metadata: MediaMetadata; kind?: MediaKind }
      | { ok: false; reason: MediaFailureReason; message: string },
  ) {
    super();
  }
}
