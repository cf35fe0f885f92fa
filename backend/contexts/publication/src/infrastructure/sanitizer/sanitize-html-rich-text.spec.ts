import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { SanitizeHtmlRichText } from './sanitize-html-rich-text';

const A = '3f2a1c4e-8b7d-4e6f-9a1b-2c3d4e5f6a7b';
const B = '0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d';
const richText = new SanitizeHtmlRichText();
const payloads = readFileSync(resolve(__dirname, '../../../../../../../shared/fixtures/xss/payloads.txt'), 'utf8').split('\n').filter((l) => l.trim());

describe('SanitizeHtmlRichText', () => {
  it.each([
    [`<p>x</p><img data-media-id="${A.toUpperCase()}" alt="a"><figure data-media-id="${B}"></figure><video data-media-id="${A}"></video>`],
    [`<p data-media-id="${B}">not a media tag</p><img data-media-id='${B}'>`],
    [`<a href="https://example.org" data-media-id="${A}">link</a><audio data-media-id="${B}" src="x"></audio>`],
    ...payloads.map((p) => [`${p}<img data-media-id="${A}" alt="${p.replace(/"/g, '&quot;')}">`]),
  ])('reads back from its own output exactly the media ids sanitising found: %s', (html) => {
    const clean = richText.sanitize(html);
    expect(richText.referencedMediaIds(clean.html)).toEqual(clean.mediaIds);
  });

  it('makes a plain-text excerpt: blocks separated, entities decoded, cut on a word', () => {
    const { html } = richText.sanitize('<h2>Titre</h2><p>Tom &amp; Léa &lt;3</p><ul><li>un</li><li>deux</li></ul>');
    expect(richText.excerpt(html, 280)).toBe('Titre Tom & Léa <3 un deux');
    expect(richText.excerpt(richText.sanitize(`<p>${'mot '.repeat(100)}</p>`).html, 20)).toBe('mot mot mot mot mot…');
  });
});
