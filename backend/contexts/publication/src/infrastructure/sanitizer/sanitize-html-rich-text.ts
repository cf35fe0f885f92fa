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

  excerpt(html: string, maxChars: number): string {
    return plainTextExcerpt(html, maxChars);
  }
}
