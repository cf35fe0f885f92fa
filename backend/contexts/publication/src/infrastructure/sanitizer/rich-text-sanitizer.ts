import sanitizeHtml from 'sanitize-html';

export interface SanitizedRichText {
  /** The cleaned HTML, safe to store and to render as HTML. */
  html: string;
  /** The media items the text embeds (lower-case uuids), unique, in document order. */
  mediaIds: string[];
}

/** The tags an article body (and later homework and liaison notes) may hold. Nothing else survives. */
export const RICH_TEXT_TAGS = [
  'h2', 'h3', 'h4', 'p', 'br', 'hr',
  'strong', 'b', 'em', 'i', 'u', 's',
  'blockquote', 'ul', 'ol', 'li', 'a',
  'figure', 'figcaption', 'img', 'audio', 'video',
] as const;

/** Tags that embed a media item: kept only as a reference `data-media-id="<uuid>"`, never with a `src`. */
const MEDIA_TAGS = new Set(['img', 'audio', 'video', 'figure']);

export const MEDIA_ID_ATTRIBUTE = 'data-media-id';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Absolute links only, with an allowed scheme, checked on the decoded value. */
const LINK_PREFIX = /^(?:https?:\/\/|mailto:)/i;
const LINK_PROTOCOLS = new Set(['http:', 'https:', 'mailto:']);
// C0 controls, DEL and C1 controls: browsers strip or ignore some of them (tab, newline) inside a scheme.
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u001f\u007f-\u009f]/;

/**
 * htmlparser2 keeps its stack of open elements with Array#unshift, so deeply nested markup costs quadratic time
 * (200,000 nested tags: tens of seconds). The markup is read up to this many tag openings; what comes after is
 * kept as text, escaped. A real article holds a few hundred tags.
 */
export const MAX_TAGS = 20_000;
/** Deeper elements are taken out (their text stays): nothing renders or walks an unbounded tree. */
export const MAX_DEPTH = 100;

function escapeText(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** Splits the input before its tag opening number MAX_TAGS + 1 (an over-estimate: `<` then a letter). */
function splitAtTagLimit(html: string): { markup: string; rest: string } {
  const opening = /<[a-z]/gi;
  for (let count = 1; opening.exec(html) !== null; count++) {
    if (count > MAX_TAGS) {
      const at = opening.lastIndex - 2;
      return { markup: html.slice(0, at), rest: html.slice(at) };
    }
  }
  return { markup: html, rest: '' };
}

/** Tags whose text is code or markup, not content: dropped with the tag. */
const NON_TEXT_TAGS = ['script', 'style', 'textarea', 'option', 'noscript', 'noembed', 'noframes', 'iframe', 'xmp', 'template', 'title'];

/** Returns the normalised link (as serialised by the WHATWG URL parser), or null when it is refused. */
export function safeLink(raw: string | undefined): string | null {
  if (raw === undefined) return null;
  const value = raw.trim();
  if (!LINK_PREFIX.test(value) || CONTROL.test(value)) return null;
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return null;
  }
  if (!LINK_PROTOCOLS.has(url.protocol)) return null;
  if (url.protocol !== 'mailto:' && url.hostname === '') return null;
  return url.href;
}

function mediaId(attribs: sanitizeHtml.Attributes): string | null {
  const id = attribs[MEDIA_ID_ATTRIBUTE]?.trim();
  return id !== undefined && UUID.test(id) ? id.toLowerCase() : null;
}

/**
 * Sanitises rich text with an allowlist (sanitize-html). Hostile markup is removed, never a reason to refuse:
 * the text content stays, escaped. Media are embedded only as references to media items; their `src` is always
 * dropped (the server renders fresh signed links on read). Links are absolute http, https or mailto only, and
 * open in a new tab without referrer nor opener.
 */
export class RichTextSanitizer {
  sanitize(html: string): SanitizedRichText {
    // htmlparser2 does not restructure markup exactly like a browser (an <li> opened inside an open <li>'s child
    // nests), so a first pass may still hold markup a second pass would reshape. The second pass works on
    // well-nested markup made only of allowed tags, which it reproduces as is: the result is a fixed point.
    const first = this.pass(typeof html === 'string' ? html : '');
    return this.pass(first.html);
  }

  private pass(input: string): SanitizedRichText {
    const { markup: html, rest } = splitAtTagLimit(input);
    const mediaIds: string[] = [];
    const seen = new Set<string>();
    // The attribute objects of the tags to take out (their text stays), recognised when the tag closes.
    const dropped = new WeakSet<object>();
    const drop = (tagName: string): sanitizeHtml.Tag => {
      const attribs: sanitizeHtml.Attributes = {};
      dropped.add(attribs);
      return { tagName, attribs };
    };

    const transformMedia: sanitizeHtml.Transformer = (tagName, attribs): sanitizeHtml.Tag => {
      const id = mediaId(attribs);
      if (id === null) return drop(tagName);
      if (!seen.has(id)) {
        seen.add(id);
        mediaIds.push(id);
      }
      const kept: sanitizeHtml.Attributes = { [MEDIA_ID_ATTRIBUTE]: id };
      if (tagName === 'img' && typeof attribs['alt'] === 'string') kept['alt'] = attribs['alt'];
      return { tagName, attribs: kept };
    };

    const transformLink: sanitizeHtml.Transformer = (tagName, attribs): sanitizeHtml.Tag => {
      const href = safeLink(attribs['href']);
      if (href === null) return drop(tagName);
      return { tagName, attribs: { href, rel: 'noopener noreferrer nofollow', target: '_blank' } };
    };

    const transformTags: Record<string, sanitizeHtml.Transformer> = { a: transformLink };
    for (const tag of MEDIA_TAGS) transformTags[tag] = transformMedia;

    const cleaned = sanitizeHtml(html, {
      allowedTags: [...RICH_TEXT_TAGS],
      allowedAttributes: {
        a: ['href', 'rel', 'target'],
        img: [MEDIA_ID_ATTRIBUTE, 'alt'],
        audio: [MEDIA_ID_ATTRIBUTE],
        video: [MEDIA_ID_ATTRIBUTE],
        figure: [MEDIA_ID_ATTRIBUTE],
      },
      allowedClasses: {},
      allowedSchemes: ['http', 'https', 'mailto'],
      allowedSchemesByTag: {},
      allowedSchemesAppliedToAttributes: ['href', 'src', 'cite', 'action', 'formaction', 'xlink:href'],
      allowProtocolRelative: false,
      allowedIframeHostnames: [],
      allowedScriptHostnames: [],
      allowVulnerableTags: false,
      disallowedTagsMode: 'discard',
      nonTextTags: NON_TEXT_TAGS,
      enforceHtmlBoundary: false,
      parseStyleAttributes: false,
      transformTags,
      nestingLimit: MAX_DEPTH,
      // Renaming a tag to a disallowed name leaks the name into a later closing tag (sanitize-html 2.17),
      // so refused links and media keep their name and are taken out here, their content kept.
      exclusiveFilter: (frame) => (dropped.has(frame.attribs) ? 'excludeTag' : false),
      parser: { lowerCaseTags: true, lowerCaseAttributeNames: true, decodeEntities: true },
    });

    return { html: cleaned + escapeText(rest), mediaIds };
  }
}
