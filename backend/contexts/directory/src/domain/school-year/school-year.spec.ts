import { SchoolYear } from './school-year';

describe('SchoolYear', () => {
  it('opens a year named after its two calendar years, not current yet', () => {
    expect(SchoolYear.open({ id: '2026-2027', startsOn: '2026-09-01', endsOn: '2027-07-04' })).toEqual(
      new SchoolYear('2026-2027', '2026-09-01', '2027-07-04', false),
    );
  });

  it.each([
    ['2026-2028', '2026-09-01', '2027-07-04'],
    ['2026', '2026-09-01', '2027-07-04'],
    ['2026-2027', '2027-07-04', '2026-09-01'],
    ['2026-2027', '1 sept.', '2027-07-04'],
  ])('refuses %s from %s to %s', (id, startsOn, endsOn) => {
    expect(() => SchoolYear.open({ id, startsOn, endsOn })).toThrow(
      expect.objectContaining({ code: 'VALIDATION_FAILED' }),
    );
  });

  it('making a year current un-marks the one that was (OneCurrentYear)', () => {
    const previous = new SchoolYear('2025-2026', '2025-09-01', '2026-08-31', true);
    const next = SchoolYear.open({ id: '2026-2027', startsOn: '2026-09-01', endsOn: '2027-08-31' });

    expect(next.makeCurrent(previous)).toBe(true);

    expect([previous.current, next.current]).toEqual([false, true]);
    expect(next.makeCurrent(next)).toBe(false);
    expect(next.current).toBe(true);
  });
});
