import type { Id } from '@preau/kernel';

/** Cleans rich text with an allowlist before anything stores it (see infrastructure/sanitizer). */
export interface RichText {
  /** The safe HTML and the media items it references, in order. Hostile markup is removed, never refused. */
  sanitize(html: string): { html: string; mediaIds: Id[] };
  /** The media items already-sanitised HTML references, in order (cheap: it reads the sanitiser's own output). */
  referencedMediaIds(html: string): Id[];
  /** Plain text of already-sanitised HTML, whitespace collapsed, cut at about `maxChars` on a word. */
  excerpt(html: string, maxChars: number): string;
}

export const RICH_TEXT = Symbol('RichText');
