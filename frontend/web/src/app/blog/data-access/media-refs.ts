/** The attribute by which an article's body references a media item of the library (never a `src`). */
export const MEDIA_ID_ATTRIBUTE = 'data-media-id';

const MEDIA_ID_IN_HTML = /\sdata-media-id\s*=\s*"([^"]+)"/gi;

/** The media items a body references, unique, in document order (for `mediaIds` of a save). */
export function mediaIdsOf(html: string): string[] {
  const ids: string[] = [];
  for (const match of html.matchAll(MEDIA_ID_IN_HTML)) {
    const id = match[1].trim().toLowerCase();
    if (id && !ids.includes(id)) ids.push(id);
  }
  return ids;
}
