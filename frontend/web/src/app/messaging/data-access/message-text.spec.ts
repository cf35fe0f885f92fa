import { splitLinks } from './message-text';

describe('splitLinks', () => {
  it('keeps a text without links as one text part, exactly as written', () => {
    expect(splitLinks('Bonjour,\n\n  à demain ! <b>pas du HTML</b>')).toEqual([
      { kind: 'text', text: 'Bonjour,\n\n  à demain ! <b>pas du HTML</b>' },
    ]);
  });

  it('gives nothing for an empty or hidden body', () => {
    expect(splitLinks('')).toEqual([]);
    expect(splitLinks(null)).toEqual([]);
  });

  it('cuts http and https addresses out of the text', () => {
    expect(splitLinks('Voir https://preau.fr/blog et http://example.org/a?b=1#c ensuite')).toEqual([
      { kind: 'text', text: 'Voir ' },
      { kind: 'link', text: 'https://preau.fr/blog', href: 'https://preau.fr/blog' },
      { kind: 'text', text: ' et ' },
      { kind: 'link', text: 'http://example.org/a?b=1#c', href: 'http://example.org/a?b=1#c' },
      { kind: 'text', text: ' ensuite' },
    ]);
  });

  it('leaves the sentence’s punctuation out of the link', () => {
    expect(splitLinks('Regarde https://preau.fr/a. Et https://preau.fr/b, puis (https://preau.fr/c)!')).toEqual([
      { kind: 'text', text: 'Regarde ' },
      { kind: 'link', text: 'https://preau.fr/a', href: 'https://preau.fr/a' },
      { kind: 'text', text: '. Et ' },
      { kind: 'link', text: 'https://preau.fr/b', href: 'https://preau.fr/b' },
      { kind: 'text', text: ', puis (' },
      { kind: 'link', text: 'https://preau.fr/c', href: 'https://preau.fr/c' },
      { kind: 'text', text: ')!' },
    ]);
  });

  it('keeps the parentheses that belong to the address', () => {
    const parts = splitLinks('Lis https://fr.wikipedia.org/wiki/Préau_(architecture).');
    expect(parts[1]).toEqual({
      kind: 'link',
      text: 'https://fr.wikipedia.org/wiki/Préau_(architecture)',
      href: 'https://fr.wikipedia.org/wiki/Pr%C3%A9au_(architecture)',
    });
    expect(parts[2]).toEqual({ kind: 'text', text: '.' });
  });

  it('never makes a link of another scheme', () => {
    for (const text of [
      'javascript:alert(1)',
      'data:text/html,<script>x</script>',
      'mailto:a@b.fr',
      'ftp://x.fr',
      'JaVaScRiPt://x.fr/%0aalert(1)',
    ]) {
      expect(splitLinks(`clic ${text}`).every((p) => p.kind === 'text')).toBe(true);
    }
  });

  it('stops an address at a space, a quote or an angle bracket, so markup never gets in', () => {
    const parts = splitLinks('<a href="https://evil.example/x">ici</a>');
    expect(parts.filter((p) => p.kind === 'link')).toEqual([
      { kind: 'link', text: 'https://evil.example/x', href: 'https://evil.example/x' },
    ]);
    expect(parts.map((p) => p.text).join('')).toBe('<a href="https://evil.example/x">ici</a>');
  });

  it('leaves "http://" without a host as text', () => {
    expect(splitLinks('http:// et https://')).toEqual([{ kind: 'text', text: 'http:// et https://' }]);
  });

  it('finds links in upper case and at the very start or end', () => {
    expect(splitLinks('HTTPS://PREAU.FR')).toEqual([
      { kind: 'link', text: 'HTTPS://PREAU.FR', href: 'https://preau.fr/' },
    ]);
  });

  it('gives back the text exactly, links included, when joined', () => {
    const body = 'a https://x.fr/(b)) c http://y.fr/d?e=f&g=h.\nfin';
    expect(
      splitLinks(body)
        .map((p) => p.text)
        .join(''),
    ).toBe(body);
  });
});
