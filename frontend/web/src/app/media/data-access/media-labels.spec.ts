import { HttpErrorResponse } from '@angular/common/http';
import { failureReasonKey, formatDuration, formatSize, imageSrcset, thumbnailOf, usagesOf } from './media-labels';
import { mediaItem } from './media-test-data';

describe('media labels', () => {
  it('translates every failure reason, and an unknown one as a processing error', () => {
    expect(failureReasonKey({ reason: { code: 'TOO_LONG', message: 'x' } })).toBe('media.reasons.TOO_LONG');
    expect(failureReasonKey({ reason: { code: 'NEW_ONE' as never, message: 'x' } })).toBe(
      'media.reasons.PROCESSING_ERROR',
    );
    expect(failureReasonKey({})).toBe('media.reasons.PROCESSING_ERROR');
  });

  it('reads how many places use an item from the 409 MEDIA_IN_USE', () => {
    const conflict = (body: object) =>
      new HttpErrorResponse({ status: 409, error: { type: 'about:blank', title: 't', status: 409, ...body } });
    expect(usagesOf(conflict({ code: 'MEDIA_IN_USE', usages: 3 }))).toBe(3);
    expect(usagesOf(conflict({ code: 'MEDIA_IN_USE' }))).toBe(1);
    expect(usagesOf(conflict({ code: 'CONFLICT' }))).toBeNull();
  });

  it('picks the thumbnail and srcset of ready images and the poster of videos', () => {
    expect(thumbnailOf(mediaItem())).toBe('/files/m1-320?sig=a');
    expect(imageSrcset(mediaItem())).toBe('/files/m1-320?sig=a 320w, /files/m1-1280?sig=a 1280w');
    expect(thumbnailOf(mediaItem({ kind: 'video', renditions: { poster: '/p', mp4: '/v' } }))).toBe('/p');
    expect(thumbnailOf(mediaItem({ status: 'processing' }))).toBeNull();
    expect(thumbnailOf(mediaItem({ kind: 'audio', renditions: { audio: '/a' } }))).toBeNull();
  });

  it('formats sizes and durations', () => {
    expect(formatSize(1_234_000, 'fr')).toBe('1,2 Mo');
    expect(formatSize(999, 'en')).toBe('999 B');
    expect(formatDuration(65)).toBe('1:05');
  });
});
