import { Session, TOUCH_EVERY_MS } from './session';

const lifetime = { idleMs: 30 * 60_000, maxMs: 12 * 3_600_000 };
const created = new Date('2026-11-28T08:00:00Z');
const at = (ms: number) => new Date(created.getTime() + ms);

describe('Session', () => {
  const session = () => new Session('h', 'a', 'c', created, created, null, null);

  it('lives while used', () => {
    expect(session().expiredBy(at(29 * 60_000), lifetime)).toBeNull();
  });

  it('ends after 30 minutes idle (SessionEndsWhenIdle)', () => {
    expect(session().expiredBy(at(30 * 60_000), lifetime)).toBe('SessionEndsWhenIdle');
  });

  it('ends after 12 hours even when used all along (SessionEndsAfterMaxAge)', () => {
    const s = session();
    s.lastSeenAt = at(12 * 3_600_000 - 1000);
    expect(s.expiredBy(at(12 * 3_600_000), lifetime)).toBe('SessionEndsAfterMaxAge');
  });

  it('asks to record activity at most once a minute', () => {
    expect(session().needsTouch(at(TOUCH_EVERY_MS - 1))).toBe(false);
    expect(session().needsTouch(at(TOUCH_EVERY_MS))).toBe(true);
  });
});
