import { Injectable } from '@nestjs/common';
import type { RichText } from '../../application/ports/rich-text.port';
import { plainTextExcerpt } from './plain-text';
import { RichTextSanitizer } from './rich-text-sanitizer';

/** The RichText port on sanitize-html: the allowlist sanitiser and plain-text excerpts. */
@Injectable()
export class SanitizeHtmlRichText implements RichText {
  private readonly sanitizer = new RichTextSanitizer();

  sanitize(html: string): { html: string; mediaIds: string[] } {
    return this.sanitizer.sanitize(html);
  }

  referencedMediaIds(html: string): string[] {
    // The sanitiser writes every reference as data-media-id="<lower-case uuid>" and nothing else looks like it.
    const ids = [...html.matchAll(/ data-media-id="([0-9a-f-]{36})"/g)].map((m) => m[1] as string);
    return [...new Set(ids)];
  }

  excerpt(html: string, maxChars: number): string {
    return plainTextExcerpt(html, maxChars);
  }
}
