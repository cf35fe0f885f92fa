import { Inject, Injectable } from '@nestjs/common';
import type { MediaItemView } from '@preau/contracts';
import type { Id } from '@preau/kernel';
import type { SignedLinks } from '@preau/platform';
import { type MediaItem, ORIGINAL } from '../domain/media-item/media-item';
import { LINK_SIGNER } from './ports/link-signer.port';

export const FILE_LINK_TTL_MS = 60 * 60_000;
export const FILES_PATH = '/api/v1/media/files/';

/**
 * The item as a given person sees it, with signed links. The original keeps the camera's metadata
 * (GPS included), so only its owner gets it — except documents, whose original is the content.
 */
@Injectable()
export class MediaViews {
  constructor(@Inject(LINK_SIGNER) private readonly links: SignedLinks) {}

  view(item: MediaItem, viewerId: Id, sharedWithClassIds: Id[]): MediaItemView {
    const renditions: Record<string, string> = {};
    if (item.status !== 'failed') {
      for (const r of item.renditions) {
        if (r.name === ORIGINAL && item.ownerId !== viewerId && item.kind !== 'document') continue;
        if (r.name !== ORIGINAL && item.status !== 'ready') continue;
        renditions[r.name] = FILES_PATH + this.links.sign(`${item.id}/${r.name}`, FILE_LINK_TTL_MS);
      }
    }
    return {
      id: item.id,
      kind: item.kind,
      title: item.title,
      status: item.status,
      ...(item.failureReason ? { reason: { code: item.failureReason, message: item.failureMessage ?? '' } } : {}),
      ownerId: item.ownerId,
      folderId: item.folderId,
      mimeType: item.mimeType,
      size: item.size,
      ...(item.url ? { url: item.url } : {}),
      createdAt: item.createdAt.toISOString(),
      metadata: { ...item.metadata },
      renditions,
      // Which classes share it is the owner's business (a viewer may not even know those classes).
      sharedWithClassIds: item.ownerId === viewerId ? sharedWithClassIds : [],
    };
  }
}
