import sanitizeHtml from 'sanitize-html';

const BLOCK_END = /<\/(?:p|h2|h3|h4|li|blockquote|figcaption|figure)>|<br\s*\/?>|<hr\s*\/?>/gi;
const ENTITIES: Record<string, string> = { '&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"', '&#39;': "'", '&nbsp;': ' ' };

/**
 * Plain text of sanitised rich text (for excerpts and search): block ends become spaces, tags go, the few
 * entities sanitize-html writes are decoded, whitespace is collapsed, and the text is cut on a word near
 * `maxChars` with an ellipsis.
 */
export function plainTextExcerpt(html: string, maxChars: number): string {
  const spaced = html.replace(BLOCK_END, (tag) => `${tag} `);
  const text = sanitizeHtml(spaced, { allowedTags: [], allowedAttributes: {}, nonTextTags: ['script', 'style', 'textarea', 'option', 'noscript'] })
    .replace(/&(?:amp|lt|gt|quot|#39|nbsp);/g, (entity) => ENTITIES[entity] ?? entity)
    .replace(/\s+/g, ' ')
    .trim();
  const chars = [...text];
  if (chars.length <= maxChars) return text;
  const cut = chars.slice(0, maxChars).join('');
  const space = cut.lastIndexOf(' ');
  return `${(space > maxChars * 0.6 ? cut.slice(0, space) : cut).trimEnd()}…`;
}
