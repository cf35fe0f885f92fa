import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { resolveSigningSecret, SignedLinks } from './signed-links';

describe('SignedLinks', () => {
  let now = Date.parse('2026-11-28T10:00:00Z');
  const links = new SignedLinks('s'.repeat(32), () => now);

  it('gives back the subject of a fresh link', () => {
    expect(links.verify(links.sign('media/1/w320', 3_600_000))).toEqual({ ok: true, subject: 'media/1/w320' });
  });

  it('refuses a tampered link', () => {
    const token = links.sign('media/1/w320', 3_600_000);
    const [, expiry, mac] = token.split('.');
    const forged = `${Buffer.from('media/2/w320').toString('base64url')}.${expiry}.${mac}`;
    expect(links.verify(forged)).toEqual({ ok: false, why: 'invalid' });
    expect(links.verify('nonsense')).toEqual({ ok: false, why: 'invalid' });
    expect(new SignedLinks('t'.repeat(32), () => now).verify(token)).toEqual({ ok: false, why: 'invalid' });
  });

  it('refuses an expired link', () => {
    const token = links.sign('media/1/w320', 60_000);
    now += 60 * 60_000;
    expect(links.verify(token)).toEqual({ ok: false, why: 'expired' });
  });

  it('keeps the same URL within a window (browser caching)', () => {
    expect(links.sign('x', 60_000)).toBe(links.sign('x', 60_000));
  });
});

describe('resolveSigningSecret', () => {
  it('prefers the configured secret', () => {
    expect(resolveSigningSecret('c'.repeat(40), '/nonexistent')).toBe('c'.repeat(40));
  });

  it('makes one secret under the data folder and keeps it', () => {
    const dir = join(mkdtempSync(join(tmpdir(), 'preau-secret-')), 'data');
    const first = resolveSigningSecret(undefined, dir);
    expect(first.length).toBeGreaterThanOrEqual(32);
    expect(resolveSigningSecret(undefined, dir)).toBe(first);
  });
});
