import type { MediaKind } from '@preau/contracts';

/** What a file really is, read from its bytes (magic numbers), never from its name or the client's header. */
export interface ContentSniffer {
  /** Null when the content is not one the library accepts. */
  sniff(path: string): Promise<{ mimeType: string; kind: Exclude<MediaKind, 'link'> } | null>;
}

export const CONTENT_SNIFFER = Symbol('ContentSniffer');
