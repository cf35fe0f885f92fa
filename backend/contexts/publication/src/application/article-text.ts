import type { Id } from '@preau/kernel';
import type { RichText } from './ports/rich-text.port';

/** Characters of an article's plain-text excerpt. */
export const EXCERPT_CHARS = 280;

/**
 * A body as the article keeps it: the sanitised HTML with its excerpt, and the media it embeds followed by
 * the ones only listed (an attachment, a cover), each once.
 */
export function cleanArticleBody(
  richText: RichText,
  body: string,
  listed: readonly Id[] = [],
): { body: { html: string; excerpt: string }; mediaIds: Id[] } {
  const { html, mediaIds } = richText.sanitize(body);
  return {
    body: { html, excerpt: richText.excerpt(html, EXCERPT_CHARS) },
    mediaIds: [...new Set([...mediaIds, ...listed.map((id) => id.toLowerCase())])],
  };
}
