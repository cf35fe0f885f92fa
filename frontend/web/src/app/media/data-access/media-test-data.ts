import type { MediaItemView } from '@preau/contracts';

/** A media item as the API answers it, for specs. */
export function mediaItem(over: Partial<MediaItemView> = {}): MediaItemView {
  return {
    id: 'm1',
    kind: 'image',
    title: 'Sortie au parc',
    status: 'ready',
    ownerId: 'u1',
    folderId: null,
    mimeType: 'image/jpeg',
    size: 120_000,
    createdAt: '2026-03-02T09:00:00Z',
    metadata: { width: 1280, height: 960 },
    renditions: { w320: '/files/m1-320?sig=a', w1280: '/files/m1-1280?sig=a', jpeg: '/files/m1.jpg?sig=a', original: '/files/m1-orig?sig=a' },
    sharedWithClassIds: [],
    ...over,
  };
}
