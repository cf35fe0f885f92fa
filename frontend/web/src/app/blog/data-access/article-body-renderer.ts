import type { MediaItemView } from '@preau/contracts';
import DOMPurify, { type Config } from 'dompurify';
import { MEDIA_KIND_ICONS } from '../../media';
import { safeHref, safeHttpUrl, safeMediaUrl } from '../../shared/links/safe-url';
import { MEDIA_ID_ATTRIBUTE } from './media-refs';

/** What the server's sanitiser lets through (publication RichTextSanitizer); the browser holds to it again. */
export const BODY_TAGS = [
  'h2',
  'h3',
  'h4',
  'p',
  'br',
  'hr',
  'strong',
  'b',
  'em',
  'i',
  'u',
  's',
  'blockquote',
  'ul',
  'ol',
  'li',
  'a',
  'figure',
  'figcaption',
  'img',
  'audio',
  'video',
];

/**
 * A second lock behind the server: a strict allowlist, no style, no class, no id, no event handler, no
 * `src`; links with an absolute http, https or mailto address only. Returns a DOM fragment, never a string
 * that something could parse differently later.
 */
const PURIFY_CONFIG: Config = {
  ALLOWED_TAGS: BODY_TAGS,
  ALLOWED_ATTR: ['href', 'alt', MEDIA_ID_ATTRIBUTE],
  ALLOW_DATA_ATTR: false,
  ALLOW_ARIA_ATTR: false,
  ALLOW_UNKNOWN_PROTOCOLS: false,
  // Checked against every attribute not "URI-safe": the media reference is an id, not an address.
  ALLOWED_URI_REGEXP: /^(?:https?:|mailto:)/i,
  ADD_URI_SAFE_ATTR: [MEDIA_ID_ATTRIBUTE],
  KEEP_CONTENT: true,
  WHOLE_DOCUMENT: false,
  RETURN_DOM_FRAGMENT: true,
};

export type Translate = (key: string, params?: Record<string, string>) => string;

export interface BodyRenderOptions {
  /** Words of the players and cards (the app's Transloco). */
  t: Translate;
  /** The print view: large pictures, no lazy loading. */
  print?: boolean;
}

/**
 * The article's body, safe to insert: the sanitised HTML goes through DOMPurify again, then each media
 * reference (`<img|video|audio|figure data-media-id>`) is replaced by the real player built from the
 * article's `media` (signed renditions), and links open in a new tab without opener nor referrer.
 * Every element made here is made with createElement/setAttribute: no markup string is ever parsed.
 */
export function renderArticleBody(
  html: string,
  media: readonly MediaItemView[],
  doc: Document,
  options: BodyRenderOptions,
): DocumentFragment {
  const view = doc.defaultView;
  if (!view) return doc.createDocumentFragment();
  const purify = DOMPurify(view);
  const fragment = purify.sanitize(html, PURIFY_CONFIG) as unknown as DocumentFragment;
  const out = doc.createDocumentFragment();
  out.append(...Array.from(fragment.childNodes).map((node) => doc.importNode(node, true)));

  for (const link of Array.from(out.querySelectorAll('a'))) {
    const href = safeHref(link.getAttribute('href'));
    if (href === null) {
      link.replaceWith(...Array.from(link.childNodes));
      continue;
    }
    link.setAttribute('href', href);
    link.setAttribute('target', '_blank');
    link.setAttribute('rel', 'noopener noreferrer nofollow');
  }

  // Media tags are only ever references: without one, an image or player is nothing (a figure keeps its text).
  for (const stray of Array.from(
    out.querySelectorAll(
      `img:not([${MEDIA_ID_ATTRIBUTE}]), video:not([${MEDIA_ID_ATTRIBUTE}]), audio:not([${MEDIA_ID_ATTRIBUTE}]), figure:not([${MEDIA_ID_ATTRIBUTE}])`,
    ),
  )) {
    stray.replaceWith(...(stray.localName === 'figure' ? Array.from(stray.childNodes) : []));
  }

  const byId = new Map(media.map((item) => [item.id.toLowerCase(), item]));
  for (const reference of Array.from(out.querySelectorAll(`[${MEDIA_ID_ATTRIBUTE}]`))) {
    const id = (reference.getAttribute(MEDIA_ID_ATTRIBUTE) ?? '').trim().toLowerCase();
    const item = byId.get(id);
    const alt = reference.tagName === 'IMG' ? reference.getAttribute('alt') : null;
    const built = item ? mediaElement(doc, item, alt, options) : notice(doc, options.t('blog.body.mediaMissing'));
    // A reference inside a link would nest interactive content: the player goes after the link.
    const link = reference.closest('a');
    if (link && link !== reference) {
      reference.remove();
      link.after(built);
    } else {
      reference.replaceWith(built);
    }
  }
  return out;
}

function el<K extends keyof HTMLElementTagNameMap>(
  doc: Document,
  tag: K,
  attributes: Record<string, string | null> = {},
  text?: string,
): HTMLElementTagNameMap[K] {
  const element = doc.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) if (value !== null) element.setAttribute(name, value);
  if (text !== undefined) element.textContent = text;
  return element;
}

function notice(doc: Document, text: string): HTMLElement {
  return el(doc, 'p', { class: 'body-media-notice' }, text);
}

function icon(doc: Document, name: string): HTMLElement {
  return el(doc, 'span', { class: 'body-media-icon material-symbols-outlined', 'aria-hidden': 'true' }, name);
}

/** The srcset of a picture, from its web renditions. */
export function pictureSrcset(renditions: Record<string, string>): string | null {
  const parts = [
    safeMediaUrl(renditions['w320']) ? `${safeMediaUrl(renditions['w320'])} 320w` : null,
    safeMediaUrl(renditions['w1280']) ? `${safeMediaUrl(renditions['w1280'])} 1280w` : null,
  ].filter((p): p is string => p !== null);
  return parts.length ? parts.join(', ') : null;
}

function mediaElement(doc: Document, item: MediaItemView, alt: string | null, options: BodyRenderOptions): HTMLElement {
  const { t } = options;
  const r = item.renditions ?? {};
  if (item.status === 'processing') return notice(doc, t('blog.body.mediaProcessing', { title: item.title }));
  if (item.status === 'failed') return notice(doc, t('blog.body.mediaFailed', { title: item.title }));
  const figure = el(doc, 'figure', { class: `body-media body-media-${item.kind}` });

  switch (item.kind) {
    case 'image': {
      const src = safeMediaUrl(r['w1280'] ?? r['jpeg'] ?? r['original']);
      if (!src) return notice(doc, t('blog.body.mediaMissing'));
      const width = item.metadata?.width;
      const height = item.metadata?.height;
      figure.append(
        el(doc, 'img', {
          src,
          srcset: options.print ? null : pictureSrcset(r),
          sizes: options.print ? null : '(max-width: 900px) 100vw, 860px',
          alt: alt?.trim() || item.title,
          loading: options.print ? null : 'lazy',
          decoding: 'async',
          width: width ? String(width) : null,
          height: height ? String(height) : null,
        }),
      );
      return figure;
    }
    case 'video': {
      const src = safeMediaUrl(r['mp4'] ?? r['original']);
      if (!src) return notice(doc, t('blog.body.mediaMissing'));
      if (options.print) {
        // Paper shows the poster, with the title.
        const poster = safeMediaUrl(r['poster']);
        if (poster) figure.append(el(doc, 'img', { src: poster, alt: item.title }));
      } else {
        figure.append(
          el(
            doc,
            'video',
            { controls: '', preload: 'metadata', src, poster: safeMediaUrl(r['poster']), 'aria-label': item.title },
            t('media.viewer.noVideo'),
          ),
        );
      }
      figure.append(el(doc, 'figcaption', {}, item.title));
      return figure;
    }
    case 'audio': {
      const src = safeMediaUrl(r['audio'] ?? r['original']);
      if (!src) return notice(doc, t('blog.body.mediaMissing'));
      figure.append(el(doc, 'figcaption', {}, item.title));
      if (!options.print)
        figure.append(
          el(
            doc,
            'audio',
            { controls: '', preload: 'metadata', src, 'aria-label': item.title },
            t('media.viewer.noAudio'),
          ),
        );
      return figure;
    }
    case 'document':
    case 'link': {
      const href = item.kind === 'link' ? safeHttpUrl(item.url) : safeMediaUrl(r['original'] ?? r['preview']);
      const card = href
        ? el(doc, 'a', { class: 'body-media-card', href, target: '_blank', rel: 'noopener noreferrer' })
        : el(doc, 'span', { class: 'body-media-card' });
      const preview = item.kind === 'document' ? safeMediaUrl(r['preview']) : null;
      if (preview) card.append(el(doc, 'img', { class: 'body-media-preview', src: preview, alt: '' }));
      else card.append(icon(doc, MEDIA_KIND_ICONS[item.kind]));
      const text = el(doc, 'span', { class: 'body-media-text' });
      text.append(
        el(doc, 'span', { class: 'body-media-title' }, item.title),
        el(doc, 'span', { class: 'body-media-kind' }, t(`media.kinds.${item.kind}`)),
      );
      if (item.kind === 'link' && href && options.print)
        text.append(el(doc, 'span', { class: 'body-media-url' }, href));
      card.append(text);
      figure.append(card);
      return figure;
    }
  }
}
