import { brokenRule as ruleOf } from '@preau/kernel';
import { MediaItem } from './media-item';

const now = new Date('2026-11-28T10:00:00Z');
const upload = () =>
  MediaItem.uploaded({
    id: 'm',
    ownerId: 'o',
    kind: 'image',
    title: ' Sortie  au parc ',
    mimeType: 'image/jpeg',
    size: 1000,
    now,
  });

describe('MediaItem', () => {
  it('starts processing, with only its original stored under a key the server made', () => {
    const item = upload();
    expect(item).toMatchObject({ status: 'processing', title: 'Sortie au parc' });
    expect(item.renditions).toEqual([{ name: 'original', key: 'm/original', contentType: 'image/jpeg', size: 1000 }]);
  });

  it('ends in exactly one state: a second outcome changes nothing', () => {
    const item = upload();
    item.markReady([{ name: 'w320', key: 'm/w320.webp', contentType: 'image/webp', size: 10 }], { width: 320 }, now);
    item.markFailed('CORRUPTED_FILE', 'damaged', now);
    expect(item.status).toBe('ready');
    expect(item.renditions.map((r) => r.name)).toEqual(['original', 'w320']);
    expect(item.storedBytes).toBe(1010);
  });

  it('keeps a failure reason', () => {
    const item = upload();
    item.markFailed('TOO_MANY_PIXELS', 'too big', now);
    item.markReady([], {}, now);
    expect(item).toMatchObject({ status: 'failed', failureReason: 'TOO_MANY_PIXELS' });
  });

  it.each(['javascript:alert(1)', 'data:text/html,<script>alert(1)</script>', 'ftp://example.org/x'])(
    'refuses the link %p (ALinkIsHttpOrHttps)',
    (url) => {
      expect(ruleOf(() => MediaItem.link({ id: 'l', ownerId: 'o', url, title: 'x', now }))).toBe('ALinkIsHttpOrHttps');
    },
  );

  it('refuses an empty title (AMediaItemHasATitle)', () => {
    expect(ruleOf(() => upload().rename('   '))).toBe('AMediaItemHasATitle');
  });
});
