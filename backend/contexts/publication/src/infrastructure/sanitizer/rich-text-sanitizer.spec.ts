/**
 * @jest-environment jsdom
 */
// The output is checked with jsdom's HTML parser (the WHATWG algorithm browsers use), the way the web app
// would parse the stored body, not with the parser the sanitizer itself relies on.
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { MAX_DEPTH, MAX_TAGS, RICH_TEXT_TAGS, RichTextSanitizer, safeLink } from './rich-text-sanitizer';

const PAYLOADS_FILE = path.resolve(__dirname, '../../../../../../../shared/fixtures/xss/payloads.txt');
const payloads = readFileSync(PAYLOADS_FILE, 'utf8')
  .split(/\r?\n/)
  .filter((line) => line.length > 0);

const ALLOWED_TAGS = new Set<string>(RICH_TEXT_TAGS);
const ALLOWED_ATTRIBUTES: Record<string, string[]> = {
  a: ['href', 'rel', 'target'],
  img: ['data-media-id', 'alt'],
  audio: ['data-media-id'],
  video: ['data-media-id'],
  figure: ['data-media-id'],
};
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const URL_ATTRIBUTES = new Set(['href', 'src', 'action', 'formaction', 'xlink:href', 'data', 'cite', 'poster', 'srcset', 'background']);

/** Every reason the markup is not inert, as a browser would parse it; empty when it is inert. */
function violations(html: string): string[] {
  const found: string[] = [];
  const template = document.createElement('template');
  template.innerHTML = html;
  const walker = document.createTreeWalker(template.content, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_COMMENT);
  for (let node = walker.nextNode(); node !== null; node = walker.nextNode()) {
    if (node.nodeType === Node.COMMENT_NODE) {
      found.push(`comment <!--${node.textContent}-->`);
      continue;
    }
    const element = node as Element;
    const tag = element.localName;
    if (!ALLOWED_TAGS.has(tag) || element.namespaceURI !== 'http://www.w3.org/1999/xhtml') found.push(`element <${tag}>`);
    for (const attribute of Array.from(element.attributes)) {
      const name = attribute.name.toLowerCase();
      if (name.startsWith('on')) found.push(`event handler ${tag}[${name}]`);
      if (name === 'style') found.push(`style on <${tag}>`);
      if (!(ALLOWED_ATTRIBUTES[tag] ?? []).includes(name)) found.push(`attribute ${tag}[${name}]`);
      if (URL_ATTRIBUTES.has(name)) {
        // The DOM gives the decoded value; browsers also ignore tabs and newlines inside a URL.
        const value = attribute.value.replace(/[\t\n\r]/g, '').trim().toLowerCase();
        const scheme = /^([a-z][a-z0-9+.-]*):/.exec(value)?.[1];
        if (scheme !== undefined && !['http', 'https', 'mailto'].includes(scheme)) found.push(`scheme ${scheme}: in ${tag}[${name}]`);
        if (value.startsWith('//') || value.startsWith('\\\\') || value.startsWith('/\\') || value.startsWith('\\/')) found.push(`protocol-relative ${tag}[${name}]`);
      }
      if (name === 'src') found.push(`src on <${tag}>`);
    }
    if (['img', 'audio', 'video', 'figure'].includes(tag) && !UUID.test(element.getAttribute('data-media-id') ?? '')) found.push(`media <${tag}> without a media id`);
    if (tag === 'a' && (element.getAttribute('rel') !== 'noopener noreferrer nofollow' || element.getAttribute('target') !== '_blank')) found.push('link without rel/target');
  }
  // On the stored string itself: a `<script` there could only be markup (text and attributes escape `<`).
  if (/<script/i.test(html)) found.push('<script as markup');
  return found;
}

const MEDIA_1 = '3f2b8a1e-4c5d-4e6f-8a9b-0c1d2e3f4a5b';
const MEDIA_2 = 'a1b2c3d4-e5f6-4a7b-8c9d-0e1f2a3b4c5d';

describe('RichTextSanitizer', () => {
  const sanitizer = new RichTextSanitizer();

  describe('the inertness check itself', () => {
    it('reads the fixture', () => {
      expect(payloads.length).toBeGreaterThanOrEqual(100);
    });

    it('flags hostile markup when it is not sanitised (so the tests below can fail)', () => {
      expect(violations('<img src=x onerror=alert(1)>')).toEqual(expect.arrayContaining(['event handler img[onerror]', 'src on <img>']));
      expect(violations('<a href="java&#x09;script:alert(1)">x</a>')).toContainEqual('scheme javascript: in a[href]');
      expect(violations('<a href="//evil.test">x</a>')).toContainEqual('protocol-relative a[href]');
      expect(violations('<p style="color:red">x</p>')).toContainEqual('style on <p>');
      expect(violations('<svg><a xlink:href="javascript:alert(1)">x</a></svg>')).toContainEqual('element <svg>');
      expect(violations('<!-- x --><p>y</p>')).toContainEqual('comment <!-- x -->');
      const flagged = payloads.filter((payload) => violations(payload).length > 0);
      // About half of the lines are markup; the others only break out of JavaScript or attribute contexts.
      expect(flagged.length).toBeGreaterThanOrEqual(50);
    });
  });

  describe('every payload of the XSS fixture comes back inert', () => {
    it.each(payloads.map((payload, index) => [index + 1, payload]))('line %i: %s', (_line, payload) => {
      for (const input of [
        payload,
        `<p>${payload}</p>`,
        `<a href="https://example.org/${payload}">${payload}</a>`,
        `<img data-media-id="${MEDIA_1}" alt="${payload}">`,
        `<ul><li>${payload}<li>${payload}</ul>`,
      ]) {
        const once = sanitizer.sanitize(input);
        expect(violations(once.html)).toEqual([]);
        expect(sanitizer.sanitize(once.html).html).toBe(once.html);
      }
      expect(sanitizer.sanitize(payload).mediaIds).toEqual([]);
    });
  });

  describe('hostile markup is removed, text is kept', () => {
    it.each([
      ['script', '<p>a<script>alert(1)</script>b</p>', '<p>ab</p>'],
      ['event handlers', '<p onclick="alert(1)" onmouseover=alert(1)>hi</p>', '<p>hi</p>'],
      ['style attribute and element', '<p style="background:url(javascript:alert(1))">x</p><style>p{}</style>', '<p>x</p>'],
      ['iframe, object, embed', '<iframe src="https://evil.test"></iframe><object data="x"></object><embed src="x">t', 't'],
      ['svg and math keep no markup', '<svg onload=alert(1)><text>t</text></svg><math><mi>x</mi></math>', 'tx'],
      ['form and input', '<form action="https://evil.test"><input name="a" value="v"><button>ok</button></form>', 'ok'],
      ['link, meta, base', '<link rel=stylesheet href=x><meta http-equiv=refresh content="0;url=javascript:alert(1)"><base href="//evil.test">t', 't'],
      ['comments', '<p>a<!-- secret --><!--[if IE]><script>x</script><![endif]-->b</p>', '<p>ab</p>'],
      ['span and classes', '<span class="x" id="y">t</span><p class="c" id="i" title="t" dir="rtl">p</p>', 't<p>p</p>'],
      ['unknown elements', '<x onclick=alert(1)>click this!</x>', 'click this!'],
    ])('%s', (_name, input, expected) => {
      expect(sanitizer.sanitize(input).html).toBe(expected);
    });

    it.each([
      'javascript:alert(1)',
      'JaVaScRiPt:alert(1)',
      '  javascript:alert(1)',
      '&#106;avascript:alert(1)',
      '&#x6A;&#x61;&#x76;&#x61;&#x73;&#x63;&#x72;&#x69;&#x70;&#x74;&#x3A;alert(1)',
      'java&#x09;script:alert(1)',
      'java&#10;script:alert(1)',
      'java\tscript:alert(1)',
      'javascript&colon;alert(1)',
      '&#0000106avascript:alert(1)',
      '\u0001javascript:alert(1)',
      'data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==',
      'DATA:text/html,<script>alert(1)</script>',
      'vbscript:msgbox(1)',
      '//evil.test/x',
      '\\\\evil.test/x',
      '/\\evil.test',
      'https:evil.test',
      'http:/evil.test',
      'https://',
      'ftp://example.org/',
      'tel:+33100000000',
      '/relative/path',
      '#anchor',
      '',
    ])('refuses the link %j and keeps its text', (href) => {
      const { html } = sanitizer.sanitize(`<p><a href="${href}">lien</a></p>`);
      expect(html).toBe('<p>lien</p>');
      expect(safeLink(href.replace(/&#x09;/g, '\t'))).toBeNull();
    });

    it('drops src from media and any media element without a media id', () => {
      const input = [
        `<img data-media-id="${MEDIA_1}" src="javascript:alert(1)" onerror="alert(1)" srcset="x 1x" width="9">`,
        '<img src="https://example.org/a.png" alt="remote">',
        '<img data-media-id="not-a-uuid" src="x">',
        `<video data-media-id="${MEDIA_1}x" src="x" poster="javascript:alert(1)">fallback</video>`,
        '<audio src="https://example.org/a.mp3" autoplay><source src="x"></audio>',
        `<video data-media-id="${MEDIA_2}" src="https://cdn.test/v.mp4" controls autoplay><source src="x"><track src="y"></video>`,
        '<figure><figcaption>légende</figcaption></figure>',
      ].join('');
      const result = sanitizer.sanitize(input);
      expect(result.html).toBe(
        `<img data-media-id="${MEDIA_1}" />fallback<video data-media-id="${MEDIA_2}"></video><figcaption>légende</figcaption>`,
      );
      expect(result.mediaIds).toEqual([MEDIA_1, MEDIA_2]);
      expect(violations(result.html)).toEqual([]);
    });

    it('forces rel and target on links, whatever the author wrote', () => {
      const { html } = sanitizer.sanitize('<a href="https://example.org/" rel="opener" target="_self" download>x</a>');
      expect(html).toBe('<a href="https://example.org/" rel="noopener noreferrer nofollow" target="_blank">x</a>');
    });

    it('reads deeply nested markup in bounded time (htmlparser2 is quadratic in depth)', () => {
      const input = '<b>'.repeat(330_000) + 'fin';
      const started = Date.now();
      const result = sanitizer.sanitize(input);
      // A blow-up guard, not a speed check: cut at MAX_TAGS (20,000) this takes about 2.5 s here; parsed whole (16 times
      // deeper), the quadratic parser would take some 270 times as long. Synchronous: jest's timeout could not stop it.
      expect(Date.now() - started).toBeLessThan(30_000);
      const template = document.createElement('template');
      template.innerHTML = result.html;
      expect(template.content.querySelectorAll('b').length).toBe(MAX_DEPTH);
      expect(result.html.endsWith('&lt;b&gt;&lt;b&gt;fin')).toBe(true);
      expect(sanitizer.sanitize(result.html).html).toBe(result.html);
    });

    it('takes out elements deeper than the limit, keeping their text, and does not count their media', () => {
      const input = '<blockquote>'.repeat(MAX_DEPTH) + `<img data-media-id="${MEDIA_1}"><b>profond</b>`;
      const result = sanitizer.sanitize(input);
      expect(result.html).toBe('<blockquote>'.repeat(MAX_DEPTH) + 'profond' + '</blockquote>'.repeat(MAX_DEPTH));
      expect(result.mediaIds).toEqual([]);
    });

    it('keeps markup after the tag limit as escaped text', () => {
      const input = '<p>a</p>'.repeat(MAX_TAGS) + '<p onclick="x()">b</p><img data-media-id="' + MEDIA_1 + '">';
      const result = sanitizer.sanitize(input);
      expect(result.html).toBe('<p>a</p>'.repeat(MAX_TAGS) + '&lt;p onclick="x()"&gt;b&lt;/p&gt;&lt;img data-media-id="' + MEDIA_1 + '"&gt;');
      expect(result.mediaIds).toEqual([]);
      expect(violations(result.html)).toEqual([]);
    });

    it('never throws on broken markup', () => {
      for (const input of ['<', '<p', '</p>', '<a href="', '<<<>>>', '<p><b><i>', '\u0000\uFFFD\uD800', '<![CDATA[<script>]]>', '<?xml x?>']) {
        const { html } = sanitizer.sanitize(input);
        expect(violations(html)).toEqual([]);
      }
    });
  });

  describe('what an article may hold is kept', () => {
    it('keeps headings, paragraphs, emphasis, lists, quotes and rules', () => {
      const input =
        '<h2>Sortie</h2><h3>Au musée</h3><h4>Le matin</h4><p>Nous avons <strong>vu</strong> <b>des</b> <em>statues</em>, <i>des</i> <u>tableaux</u> et <s>rien</s>.<br>Fin.</p>' +
        '<hr><blockquote><p>Citation</p></blockquote><ul><li>un</li><li>deux</li></ul><ol><li>premier</li></ol>';
      const expected = input.replace('<br>', '<br />').replace('<hr>', '<hr />');
      expect(sanitizer.sanitize(input)).toEqual({ html: expected, mediaIds: [] });
    });

    it('keeps http, https and mailto links, normalised, opening in a new tab', () => {
      const { html } = sanitizer.sanitize(
        '<p><a href=" https://Example.org/a b?q=1&amp;r=2#x ">site</a> <a href="http://example.org">http</a> <a href="MAILTO:maitresse@ecole.test">écrire</a></p>',
      );
      expect(html).toBe(
        '<p><a href="https://example.org/a%20b?q=1&amp;r=2#x" rel="noopener noreferrer nofollow" target="_blank">site</a> ' +
          '<a href="http://example.org/" rel="noopener noreferrer nofollow" target="_blank">http</a> ' +
          '<a href="mailto:maitresse@ecole.test" rel="noopener noreferrer nofollow" target="_blank">écrire</a></p>',
      );
    });

    it('keeps a media embed as a reference with its id and without src', () => {
      const upper = MEDIA_1.toUpperCase();
      const input = `<figure data-media-id="${upper}"><img data-media-id="${upper}" src="https://cdn.test/signed?sig=old" alt="Notre chat"><figcaption>Le chat de la classe</figcaption></figure>`;
      const result = sanitizer.sanitize(input);
      expect(result.html).toBe(
        `<figure data-media-id="${MEDIA_1}"><img data-media-id="${MEDIA_1}" alt="Notre chat" /><figcaption>Le chat de la classe</figcaption></figure>`,
      );
      expect(result.mediaIds).toEqual([MEDIA_1]);
    });

    it('lists the referenced media ids, unique, in document order', () => {
      const result = sanitizer.sanitize(
        `<p>intro</p><audio data-media-id="${MEDIA_2}"></audio><img data-media-id="${MEDIA_1}"><video data-media-id="${MEDIA_2}"></video><img data-media-id="${MEDIA_1}">`,
      );
      expect(result.mediaIds).toEqual([MEDIA_2, MEDIA_1]);
      expect(result.html).toBe(
        `<p>intro</p><audio data-media-id="${MEDIA_2}"></audio><img data-media-id="${MEDIA_1}" /><video data-media-id="${MEDIA_2}"></video><img data-media-id="${MEDIA_1}" />`,
      );
    });

    it('escapes plain text', () => {
      expect(sanitizer.sanitize('1 < 2 & 3 > 2 "ok" l\'école').html).toBe('1 &lt; 2 &amp; 3 &gt; 2 "ok" l\'école');
      expect(sanitizer.sanitize('&lt;script&gt;alert(1)&lt;/script&gt;').html).toBe('&lt;script&gt;alert(1)&lt;/script&gt;');
      expect(sanitizer.sanitize('<p>&lt;img src=x onerror=alert(1)&gt;</p>').html).toBe('<p>&lt;img src=x onerror=alert(1)&gt;</p>');
    });

    it('is idempotent', () => {
      for (const input of [
        '<h2>T</h2><p>a &amp; b &lt; c <a href="https://example.org/?a=1&b=\'2\'">l</a></p>',
        `<figure data-media-id="${MEDIA_1}"><img data-media-id="${MEDIA_1}" alt="a &quot;b&quot; <c>"><figcaption>x</figcaption></figure>`,
        '<p>&amp;lt;script&amp;gt;</p>',
      ]) {
        const once = sanitizer.sanitize(input);
        const twice = sanitizer.sanitize(once.html);
        expect(twice).toEqual(once);
      }
    });

    it('gives an empty body for empty input', () => {
      expect(sanitizer.sanitize('')).toEqual({ html: '', mediaIds: [] });
    });
  });
});
