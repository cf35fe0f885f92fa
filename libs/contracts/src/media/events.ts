import { defineEvent } from '../events';
import type { MediaKind } from './index';

export interface MediaUploadedPayload {
  mediaId: string;
  kind: MediaKind;
  ownerId: string;
}
export interface MediaReadyPayload {
  mediaId: string;
  ownerId: string;
}
export interface MediaFailedPayload extends MediaReadyPayload {
  reason: string;
}
export interface MediaSharedWithClassPayload {
  mediaId: string;
  classId: string;
  schoolId: string;
}
export type MediaDeletedPayload = MediaReadyPayload;

/** Integration events of the media context. */
export const MediaEvents = {
  Uploaded: defineEvent<MediaUploadedPayload>('media.uploaded'),
  Ready: defineEvent<MediaReadyPayload>('media.ready'),
  Failed: defineEvent<MediaFailedPayload>('media.failed'),
  SharedWithClass: defineEvent<MediaSharedWithClassPayload>('media.shared-with-class'),
  Deleted: defineEvent<MediaDeletedPayload>('media.deleted'),
} as const;
