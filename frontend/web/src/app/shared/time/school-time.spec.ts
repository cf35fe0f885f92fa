import { fullDate, relativeDate, schoolDate } from './school-time';

// Tuesday 3 March 2026, 15:00 in Paris (14:00 UTC).
const NOW = new Date('2026-03-03T14:00:00Z');

describe('relativeDate', () => {
  it('says "now" and minutes for the last hour', () => {
    expect(relativeDate('2026-03-03T13:59:40Z', 'fr', NOW)).toBe('maintenant');
    expect(relativeDate('2026-03-03T13:55:00Z', 'fr', NOW)).toBe('il y a 5 minutes');
    expect(relativeDate('2026-03-03T13:55:00Z', 'en', NOW)).toBe('5 minutes ago');
  });

  it('gives the time today, in school time', () => {
    expect(relativeDate('2026-03-03T08:30:00Z', 'fr', NOW)).toBe('09:30');
  });

  it('says yesterday, then the weekday within a week', () => {
    expect(relativeDate('2026-03-02T08:30:00Z', 'fr', NOW)).toBe('hier');
    expect(relativeDate('2026-03-02T08:30:00Z', 'en', NOW)).toBe('yesterday');
    expect(relativeDate('2026-02-27T08:30:00Z', 'fr', NOW)).toBe('vendredi');
  });

  it('gives the day and month, with the year when it is another one', () => {
    expect(relativeDate('2026-01-12T08:30:00Z', 'fr', NOW)).toBe('12 janvier');
    expect(relativeDate('2025-12-12T08:30:00Z', 'fr', NOW)).toBe('12 décembre 2025');
  });

  it('counts calendar days in Paris, not 24-hour spans', () => {
    // 23:30 in Paris the day before is "yesterday", even 15 hours before.
    expect(relativeDate('2026-03-02T22:30:00Z', 'fr', NOW)).toBe('hier');
    // 00:30 in Paris today is today, though it is the 2nd in UTC.
    expect(relativeDate('2026-03-02T23:30:00Z', 'fr', NOW)).toBe('00:30');
  });

  it('gives nothing for no date or a broken one', () => {
    expect(relativeDate(null, 'fr', NOW)).toBe('');
    expect(relativeDate('nope', 'fr', NOW)).toBe('');
  });
});

describe('fullDate', () => {
  it('writes the whole date and time', () => {
    expect(fullDate('2026-03-03T08:30:00Z', 'fr')).toBe('mardi 3 mars 2026 à 09:30');
  });
});

describe('schoolDate', () => {
  it('reads the day and the time in school time, whatever the device’s zone', () => {
    // 23:30 UTC on 2 March is already 3 March, 00:30, in Paris.
    expect(schoolDate('2026-03-02T23:30:00Z', 'fr')).toBe('3 mars 2026');
    expect(schoolDate('2026-03-02T23:30:00Z', 'fr', true)).toBe('3 mars 2026 à 00:30');
    expect(schoolDate('2026-03-02T23:30:00Z', 'en', true)).toMatch(/^March 3, 2026 at 12:30\sAM$/);
  });

  it('says nothing for no date or a wrong one', () => {
    expect(schoolDate(null, 'fr')).toBe('');
    expect(schoolDate('not a date', 'fr')).toBe('');
  });
});
