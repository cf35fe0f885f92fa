import { safeHref, safeHttpUrl, safeMediaUrl } from './safe-url';

describe('safe addresses', () => {
  it('makes only http(s) addresses with a host clickable', () => {
    expect(safeHttpUrl('https://preau.fr')).toBe('https://preau.fr/');
    expect(safeHttpUrl('https://fr.vikidia.org/wiki/Lune')).toBe('https://fr.vikidia.org/wiki/Lune');
    for (const bad of [
      'javascript:alert(1)',
      'data:text/html,<b>x</b>',
      'mailto:x@y.fr',
      'not a url',
      '',
      null,
      undefined,
    ]) {
      expect(safeHttpUrl(bad)).toBeNull();
    }
  });

  it('accepts absolute web and mail links only from authors', () => {
    expect(safeHref('https://a.fr')).toBe('https://a.fr/');
    expect(safeHref(' mailto:x@y.fr ')).toBe('mailto:x@y.fr');
    for (const bad of [
      'javascript:alert(1)',
      'JaVaScRiPt:alert(1)',
      'java\tscript:x',
      'data:text/html,x',
      '//evil.example',
      '/local',
      'http:\u0000//x',
      '',
      null,
    ]) {
      expect(safeHref(bad)).toBeNull();
    }
  });

  it('accepts same-origin paths and http(s) for media links', () => {
    expect(safeMediaUrl('/api/v1/media/files/x?sig=1')).toBe('/api/v1/media/files/x?sig=1');
    expect(safeMediaUrl('https://cdn.example/x')).toBe('https://cdn.example/x');
    for (const bad of ['//evil.example/x', '/\\evil.example', 'javascript:x', 'data:image/png;base64,AA', 'blob:x'])
      expect(safeMediaUrl(bad)).toBeNull();
  });
});
