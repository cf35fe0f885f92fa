import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import type { MediaItemView } from '@preau/contracts';
import { mediaItem } from '../../media/testing';
import { BODY_TAGS, renderArticleBody } from './article-body-renderer';

/** The shared XSS fixture (public payload list): every line must come out inert. */
const PAYLOADS_FILE = path.resolve(__dirname, '../../../../../../../shared/fixtures/xss/payloads.txt');
const payloads = readFileSync(PAYLOADS_FILE, 'utf8')
  .split(/\r?\n/)
  .filter((line) => line.length > 0);

const PHOTO = '0190f7a2-5c3e-7b1d-9a2f-1c2d3e4f5a6b';
const VIDEO = '0190f7a2-5c3e-7b1d-9a2f-000000000002';
const SOUND = '0190f7a2-5c3e-7b1d-9a2f-000000000003';
const SHEET = '0190f7a2-5c3e-7b1d-9a2f-000000000004';
const SITE = '0190f7a2-5c3e-7b1d-9a2f-000000000005';

const MEDIA: MediaItemView[] = [
  mediaItem({ id: PHOTO, title: 'Les canards', metadata: { width: 1280, height: 960 } }),
  mediaItem({
    id: VIDEO,
    kind: 'video',
    title: 'La ronde',
    renditions: { mp4: '/files/v.mp4?sig=a', poster: '/files/v.jpg?sig=a' },
  }),
  mediaItem({ id: SOUND, kind: 'audio', title: 'Notre chanson', renditions: { audio: '/files/s.m4a?sig=a' } }),
  mediaItem({
    id: SHEET,
    kind: 'document',
    title: 'Fiche outil',
    renditions: { original: '/files/d.pdf?sig=a', preview: '/files/d.png?sig=a' },
  }),
  mediaItem({ id: SITE, kind: 'link', title: 'Le musée', url: 'https://musee.example.org/visite', renditions: {} }),
];

const t = (key: string, params?: Record<string, string>) => (params ? `${key} ${JSON.stringify(params)}` : key);
const ALLOWED_OUTPUT_TAGS = new Set([...BODY_TAGS, 'video', 'audio', 'span']);
const URL_ATTRIBUTES = [
  'href',
  'src',
  'poster',
  'srcset',
  'action',
  'formaction',
  'xlink:href',
  'data',
  'cite',
  'background',
];

function render(html: string, media: MediaItemView[] = MEDIA, print = false): HTMLElement {
  const host = document.createElement('div');
  host.append(renderArticleBody(html, media, document, { t, print }));
  return host;
}

/** Every reason the rendered body is not inert; empty when it is. */
function violations(host: HTMLElement): string[] {
  const found: string[] = [];
  const walker = document.createTreeWalker(host, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_COMMENT);
  for (let node = walker.nextNode(); node !== null; node = walker.nextNode()) {
    if (node.nodeType === Node.COMMENT_NODE) {
      found.push('comment');
      continue;
    }
    const element = node as Element;
    const tag = element.localName;
    if (!ALLOWED_OUTPUT_TAGS.has(tag) || element.namespaceURI !== 'http://www.w3.org/1999/xhtml')
      found.push(`element <${tag}>`);
    for (const attribute of Array.from(element.attributes)) {
      const name = attribute.name.toLowerCase();
      if (name.startsWith('on')) found.push(`event handler ${tag}[${name}]`);
      if (name === 'style' || name === 'id' || name === 'srcdoc' || name === 'formaction')
        found.push(`${name} on <${tag}>`);
      if (URL_ATTRIBUTES.includes(name)) {
        for (const candidate of attribute.value.split(',')) {
          const value = candidate
            .replace(/[\t\n\r]/g, '')
            .trim()
            .toLowerCase();
          const scheme = /^([a-z][a-z0-9+.-]*):/.exec(value)?.[1];
          if (scheme !== undefined && !['http', 'https', 'mailto'].includes(scheme))
            found.push(`scheme ${scheme}: in ${tag}[${name}]`);
          if (value.startsWith('//') || value.startsWith('\\')) found.push(`protocol-relative ${tag}[${name}]`);
        }
      }
    }
    if (
      tag === 'a' &&
      element.getAttribute('target') === '_blank' &&
      !/noopener/.test(element.getAttribute('rel') ?? '')
    )
      found.push('link with an opener');
  }
  if (/<script|javascript:/i.test(host.innerHTML.replace(/&lt;|&amp;/g, ''))) {
    // Escaped text is fine; markup or a live URL is not: look at the attributes only.
    for (const element of Array.from(host.querySelectorAll('*'))) {
      for (const attribute of Array.from(element.attributes)) {
        if (/javascript:|<script/i.test(attribute.value) && URL_ATTRIBUTES.includes(attribute.name))
          found.push(`live ${attribute.name}`);
      }
    }
  }
  return found;
}

describe('renderArticleBody', () => {
  describe('with the shared XSS payloads', () => {
    const contexts: [string, (payload: string) => string][] = [
      ['bare', (p) => p],
      ['in a paragraph', (p) => `<p>${p}</p>`],
      ['as a link', (p) => `<p><a href="${p}">lien</a></p>`],
      ['as a link text', (p) => `<a href="https://example.org">${p}</a>`],
      ['as an alt', (p) => `<img data-media-id="${PHOTO}" alt="${p}">`],
      ['as a media id', (p) => `<img data-media-id="${p}" alt="x">`],
      ['in a list', (p) => `<ul><li>${p}</li></ul>`],
    ];
    it.each(contexts)('leaves nothing executable %s', (_name, wrap) => {
      const problems = payloads.flatMap((payload) => violations(render(wrap(payload))).map((v) => `${payload} → ${v}`));
      expect(problems).toEqual([]);
    });

    it('reads the whole fixture', () => {
      expect(payloads.length).toBeGreaterThan(100);
    });
  });

  it('takes out what no article may hold, keeping its text', () => {
    const host = render(
      '<p style="color:red" class="x" id="y" onclick="alert(1)">Bonjour <script>alert(1)</script><iframe src="https://evil.example"></iframe><b>toi</b></p>' +
        '<svg><a xlink:href="javascript:alert(1)">svg</a></svg><form action="https://evil.example"><input value="x"></form>' +
        '<img src="https://evil.example/x.png" onerror="alert(1)">',
    );
    expect(host.querySelector('script, iframe, svg, form, input, [style], [class="x"], [id], [onclick]')).toBeNull();
    expect(host.querySelector('p')?.textContent).toBe('Bonjour toi');
    // An image without a media reference is not a picture of the library: gone.
    expect(host.querySelector('img')).toBeNull();
  });

  it('keeps the allowed formatting', () => {
    const html =
      '<h2>Titre</h2><h3>Sous-titre</h3><p><strong>gras</strong> <em>penché</em> <u>souligné</u> <s>barré</s><br>ligne</p><hr><blockquote><p>cité</p></blockquote><ul><li>un</li></ul><ol><li>deux</li></ol>';
    expect(render(html).innerHTML).toBe(html);
  });

  it('opens the author’s links in a new tab, without opener nor referrer, and unwraps the others', () => {
    const host = render(
      '<p><a href="https://example.org/a b">bon</a> <a href="javascript:alert(1)">mauvais</a> <a href="/relatif">relatif</a> <a href="mailto:prof@ecole.fr">mail</a></p>',
    );
    const links = Array.from(host.querySelectorAll('a'));
    expect(links.map((a) => a.getAttribute('href'))).toEqual(['https://example.org/a%20b', 'mailto:prof@ecole.fr']);
    expect(links.every((a) => a.target === '_blank' && a.rel === 'noopener noreferrer nofollow')).toBe(true);
    expect(host.textContent).toBe('bon mauvais relatif mail');
  });

  it('makes a picture of an image reference, with its renditions and the author’s alternative text', () => {
    const host = render(`<p>Avant</p><img data-media-id="${PHOTO.toUpperCase()}" alt="Des canards sur l'étang">`);
    const img = host.querySelector('figure.body-media-image img') as HTMLImageElement;
    expect(img.getAttribute('src')).toBe('/files/m1-1280?sig=a');
    expect(img.getAttribute('srcset')).toBe('/files/m1-320?sig=a 320w, /files/m1-1280?sig=a 1280w');
    expect(img.alt).toBe("Des canards sur l'étang");
    expect(img.getAttribute('width')).toBe('1280');
    expect(host.querySelector('[data-media-id]')).toBeNull();
  });

  it('falls back on the item’s title for a picture without alternative text', () => {
    expect((render(`<img data-media-id="${PHOTO}">`).querySelector('img') as HTMLImageElement).alt).toBe('Les canards');
  });

  it('makes native players for video and sound, with the poster and a caption', () => {
    const host = render(`<video data-media-id="${VIDEO}"></video><audio data-media-id="${SOUND}"></audio>`);
    const video = host.querySelector('video') as HTMLVideoElement;
    expect(video.hasAttribute('controls')).toBe(true);
    expect(video.getAttribute('src')).toBe('/files/v.mp4?sig=a');
    expect(video.getAttribute('poster')).toBe('/files/v.jpg?sig=a');
    expect(video.getAttribute('aria-label')).toBe('La ronde');
    const audio = host.querySelector('audio') as HTMLAudioElement;
    expect(audio.hasAttribute('controls')).toBe(true);
    expect(audio.getAttribute('src')).toBe('/files/s.m4a?sig=a');
    expect(Array.from(host.querySelectorAll('figcaption')).map((f) => f.textContent)).toEqual([
      'La ronde',
      'Notre chanson',
    ]);
  });

  it('makes link cards for documents and links', () => {
    const host = render(`<figure data-media-id="${SHEET}"></figure><figure data-media-id="${SITE}"></figure>`);
    const cards = Array.from(host.querySelectorAll('a.body-media-card')) as HTMLAnchorElement[];
    expect(cards.map((a) => a.getAttribute('href'))).toEqual([
      '/files/d.pdf?sig=a',
      'https://musee.example.org/visite',
    ]);
    expect(cards.every((a) => a.rel === 'noopener noreferrer' && a.target === '_blank')).toBe(true);
    expect(cards[0].textContent).toContain('Fiche outil');
    expect(cards[1].textContent).toContain('Le musée');
  });

  it('never makes a link or a source of a hostile address in the media list', () => {
    const hostile = [
      mediaItem({
        id: PHOTO,
        renditions: {
          w1280: 'javascript:alert(1)',
          w320: '//evil.example/x',
          jpeg: 'data:image/svg+xml,<svg onload=alert(1)>',
        },
      }),
      mediaItem({ id: SITE, kind: 'link', title: '<b>x</b>', url: 'javascript:alert(1)', renditions: {} }),
      mediaItem({ id: VIDEO, kind: 'video', renditions: { mp4: 'vbscript:x', poster: 'javascript:y' } }),
    ];
    const host = render(
      `<img data-media-id="${PHOTO}"><figure data-media-id="${SITE}"></figure><video data-media-id="${VIDEO}"></video>`,
      hostile,
    );
    expect(violations(host)).toEqual([]);
    expect(host.querySelector('img, a, video')).toBeNull();
    // A title is text, never markup.
    expect(host.querySelector('b')).toBeNull();
    expect(host.textContent).toContain('<b>x</b>');
  });

  it('says so when a referenced item is gone or not ready', () => {
    const host = render(`<img data-media-id="0190f7a2-5c3e-7b1d-9a2f-0000000000ff"><img data-media-id="${PHOTO}">`, [
      mediaItem({ id: PHOTO, status: 'processing', title: 'Photo' }),
    ]);
    expect(Array.from(host.querySelectorAll('.body-media-notice')).map((p) => p.textContent)).toEqual([
      'blog.body.mediaMissing',
      'blog.body.mediaProcessing {"title":"Photo"}',
    ]);
  });

  it('moves a player out of a link rather than nesting it', () => {
    const host = render(`<p><a href="https://example.org">voir <img data-media-id="${VIDEO}"></a></p>`);
    expect(host.querySelector('a video, a figure')).toBeNull();
    expect(host.querySelector('video')).not.toBeNull();
  });

  it('prints large pictures without lazy loading, and a video as its poster', () => {
    const host = render(`<img data-media-id="${PHOTO}"><video data-media-id="${VIDEO}"></video>`, MEDIA, true);
    const images = Array.from(host.querySelectorAll('img'));
    expect(images.map((i) => i.getAttribute('src'))).toEqual(['/files/m1-1280?sig=a', '/files/v.jpg?sig=a']);
    expect(images.every((i) => !i.hasAttribute('loading') && !i.hasAttribute('srcset'))).toBe(true);
    expect(host.querySelector('video')).toBeNull();
  });
});
