import type { Id } from '@preau/kernel';
import type { RichText } from '../application/ports/rich-text.port';

const MEDIA_REF = /data-media-id="([0-9a-fA-F-]+)"/g;

/**
 * A rich-text port simple enough to reason about in a spec: `<script>` elements go (standing for everything
 * the real sanitiser removes), media are the `data-media-id` attributes, the excerpt is the text without tags.
 */
export class FakeRichText implements RichText {
  sanitize(html: string): { html: string; mediaIds: Id[] } {
    const safe = html.replace(/<script[\s\S]*?<\/script>/gi, '');
    return { html: safe, mediaIds: this.referencedMediaIds(safe) };
  }

  referencedMediaIds(html: string): Id[] {
    return [...html.matchAll(MEDIA_REF)].map((m) => (m[1] as string).toLowerCase());
  }

  excerpt(html: string, maxChars: number): string {
    return [
      ...html
        .replace(/<[^>]*>/g, ' ')
        .replace(/\s+/g, ' ')
        .trim(),
    ]
      .slice(0, maxChars)
      .join('');
  }
}
