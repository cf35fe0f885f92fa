/**
 * The one place that decides which addresses the app makes clickable or loads: a second lock behind the
 * server's, so that a stored `javascript:` or `data:` address never reaches an `href` or a `src`.
 */

/** A web address (http or https), normalised; null for any other scheme or for what is not an address. */
export function safeHttpUrl(raw: string | null | undefined): string | null {
  if (!raw) return null;
  try {
    const url = new URL(raw);
    return (url.protocol === 'http:' || url.protocol === 'https:') && url.hostname ? url.href : null;
  } catch {
    return null;
  }
}

const LINK_PROTOCOLS = new Set(['http:', 'https:', 'mailto:']);

/** An author's link, if it is an absolute http(s) or mailto address; null otherwise. */
export function safeHref(raw: string | null | undefined): string | null {
  if (!raw) return null;
  const value = raw.trim();
  // eslint-disable-next-line no-control-regex
  if (!/^(?:https?:\/\/|mailto:)/i.test(value) || /[\u0000-\u001f\u007f-\u009f]/.test(value)) return null;
  try {
    const url = new URL(value);
    return LINK_PROTOCOLS.has(url.protocol) ? url.href : null;
  } catch {
    return null;
  }
}

/** A signed link of the media library: same-origin path, or an absolute http(s) address (object storage). */
export function safeMediaUrl(raw: string | null | undefined): string | null {
  if (!raw) return null;
  if (raw.startsWith('/') && !raw.startsWith('//') && !raw.startsWith('/\\')) return raw;
  return safeHttpUrl(raw);
}
