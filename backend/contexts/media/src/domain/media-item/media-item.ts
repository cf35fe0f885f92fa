import type { MediaFailureReason, MediaKind, MediaStatus } from '@preau/contracts';
import { checkRule, type Id, rule } from '@preau/kernel';

export interface StoredRendition {
  name: string;
  key: string;
  contentType: string;
  size: number;
  width?: number;
  height?: number;
}

export interface MediaMetadata {
  width?: number;
  height?: number;
  durationSeconds?: number;
  pages?: number;
}

export const ORIGINAL = 'original';

/**
 * One document of the media library. Its bytes are in the storage under keys the server made
 * (`<id>/original`, `<id>/<rendition>`). It ends in exactly one state: ready, or failed with a reason.
 */
export class MediaItem {
  constructor(
    readonly id: Id,
    readonly ownerId: Id,
    public kind: MediaKind,
    public title: string,
    public status: MediaStatus,
    public failureReason: MediaFailureReason | null,
    public failureMessage: string | null,
    readonly mimeType: string | null,
    readonly size: number | null,
    readonly url: string | null,
    public folderId: Id | null,
    public metadata: MediaMetadata,
    public renditions: StoredRendition[],
    readonly createdAt: Date,
    public processedAt: Date | null,
  ) {}

  static uploaded(props: {
    id: Id;
    ownerId: Id;
    kind: Exclude<MediaKind, 'link'>;
    title: string;
    mimeType: string;
    size: number;
    now: Date;
  }): MediaItem {
    const item = new MediaItem(
      props.id,
      props.ownerId,
      props.kind,
      '',
      'processing',
      null,
      null,
      props.mimeType,
      props.size,
      null,
      null,
      {},
      [],
      props.now,
      null,
    );
    item.rename(props.title);
    item.renditions = [
      { name: ORIGINAL, key: `${props.id}/${ORIGINAL}`, contentType: props.mimeType, size: props.size },
    ];
    return item;
  }

  static link(props: { id: Id; ownerId: Id; url: string; title: string; now: Date }): MediaItem {
    const url = new URL(props.url);
    checkRule(
      rule(
        'ALinkIsHttpOrHttps',
        'VALIDATION_FAILED',
        'Only http and https links are accepted.',
        () => url.protocol !== 'http:' && url.protocol !== 'https:',
      ),
    );
    const item = new MediaItem(
      props.id,
      props.ownerId,
      'link',
      '',
      'ready',
      null,
      null,
      null,
      null,
      url.toString(),
      null,
      {},
      [],
      props.now,
      props.now,
    );
    item.rename(props.title);
    return item;
  }

  rename(title: string): void {
    const trimmed = title.trim().replace(/\s+/g, ' ');
    checkRule(
      rule(
        'AMediaItemHasATitle',
        'VALIDATION_FAILED',
        'A title has 1 to 200 characters.',
        () => trimmed.length === 0 || trimmed.length > 200,
      ),
    );
    this.title = trimmed;
  }

  /** Idempotent: a job run twice finds the item already finished and changes nothing. */
  get finished(): boolean {
    return this.status !== 'processing';
  }

  markReady(renditions: StoredRendition[], metadata: MediaMetadata, now: Date, kind: MediaKind = this.kind): void {
    if (this.finished) return;
    this.kind = kind;
    this.renditions = [
      ...this.renditions.filter((r) => r.name === ORIGINAL),
      ...renditions.filter((r) => r.name !== ORIGINAL),
    ];
    this.metadata = metadata;
    this.status = 'ready';
    this.processedAt = now;
  }

  markFailed(reason: MediaFailureReason, message: string, now: Date): void {
    if (this.finished) return;
    this.status = 'failed';
    this.failureReason = reason;
    this.failureMessage = message.slice(0, 300);
    this.processedAt = now;
  }

  rendition(name: string): StoredRendition | undefined {
    return this.renditions.find((r) => r.name === name);
  }

  /** Bytes counted against quotas: the original and every rendition. */
  get storedBytes(): number {
    return this.renditions.reduce((sum, r) => sum + r.size, 0);
  }
}
