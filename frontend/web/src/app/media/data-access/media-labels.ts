import { HttpErrorResponse } from '@angular/common/http';
import type { MediaItemView, MediaKind } from '@preau/contracts';
import { MEDIA_FAILURE_REASONS } from '@preau/contracts';
import { errorMessageKey, problemOf } from '../../shared/http/problem';

export const MEDIA_KIND_ICONS: Record<MediaKind, string> = {
  image: 'image',
  video: 'movie',
  audio: 'music_note',
  document: 'description',
  link: 'link',
};

/** The refusals of an upload, by status, for when a proxy answers without a problem body. */
const UPLOAD_REFUSALS: Record<number, string> = {
  413: 'PAYLOAD_TOO_LARGE',
  415: 'UNSUPPORTED_MEDIA_TYPE',
  507: 'QUOTA_EXCEEDED',
};

/** Words, never codes: the translation key saying why a file could not be sent. */
export function uploadErrorKey(error: unknown): string {
  const code = problemOf(error)?.code;
  if (code && Object.values(UPLOAD_REFUSALS).includes(code)) return `media.uploadErrors.${code}`;
  if (error instanceof HttpErrorResponse && UPLOAD_REFUSALS[error.status]) return `media.uploadErrors.${UPLOAD_REFUSALS[error.status]}`;
  return errorMessageKey(error);
}

/** The translation key of why processing failed (`media.reasons.<code>`), PROCESSING_ERROR when unknown. */
export function failureReasonKey(item: Pick<MediaItemView, 'reason'>): string {
  const code = item.reason?.code;
  return `media.reasons.${code && (MEDIA_FAILURE_REASONS as readonly string[]).includes(code) ? code : 'PROCESSING_ERROR'}`;
}

/** The 409 of a delete refused because the item is still used elsewhere: how many places, else null. */
export function usagesOf(error: unknown): number | null {
  const problem = problemOf(error);
  if (problem?.code !== 'MEDIA_IN_USE') return null;
  return typeof problem['usages'] === 'number' ? problem['usages'] : 1;
}

/** The `srcset` of an image's thumbnail, with the renditions it has. */
export function imageSrcset(item: Pick<MediaItemView, 'renditions'>): string | null {
  const r = item.renditions;
  const parts = [r['w320'] ? `${r['w320']} 320w` : null, r['w1280'] ? `${r['w1280']} 1280w` : null].filter((p): p is string => p !== null);
  return parts.length ? parts.join(', ') : null;
}

/** The picture shown on a card: an image's small rendition, a video's poster; null for an icon. */
export function thumbnailOf(item: Pick<MediaItemView, 'kind' | 'status' | 'renditions'>): string | null {
  if (item.status !== 'ready') return null;
  if (item.kind === 'image') return item.renditions['w320'] ?? item.renditions['jpeg'] ?? null;
  if (item.kind === 'video') return item.renditions['poster'] ?? null;
  return null;
}

/** "1,2 Mo" */
export function formatSize(bytes: number | null | undefined, lang: string): string {
  if (bytes === null || bytes === undefined) return '';
  const units = lang === 'fr' ? ['o', 'ko', 'Mo', 'Go'] : ['B', 'kB', 'MB', 'GB'];
  let value = bytes;
  let unit = 0;
  while (value >= 1000 && unit < units.length - 1) {
    value /= 1000;
    unit++;
  }
  return `${new Intl.NumberFormat(lang, { maximumFractionDigits: unit === 0 ? 0 : 1 }).format(value)} ${units[unit]}`;
}

/** "1:05" for a recording's timer and durations. */
export function formatDuration(seconds: number): string {
  const s = Math.max(0, Math.floor(seconds));
  return `${Math.floor(s / 60)}:${String(s % 60).padStart(2, '0')}`;
}
