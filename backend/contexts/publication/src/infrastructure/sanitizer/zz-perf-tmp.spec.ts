import { RichTextSanitizer } from './rich-text-sanitizer';
it('perf', () => {
  const chunk = '<p>Bonjour <strong>les</strong> <a href="https://example.org/x">amis</a> <img data-media-id="3f2b8a1e-4c5d-4e6f-8a9b-0c1d2e3f4a5b" src=x onerror=1></p>';
  const big = chunk.repeat(Math.ceil(1_000_000 / chunk.length));
  const deep = '<b>'.repeat(200_000) + 'x';
  const s = new RichTextSanitizer();
  let t = Date.now(); s.sanitize(big); console.log('1MB', Date.now() - t, 'ms');
  t = Date.now(); const r = s.sanitize(deep); console.log('deep', Date.now() - t, 'ms', r.html.length);
});
