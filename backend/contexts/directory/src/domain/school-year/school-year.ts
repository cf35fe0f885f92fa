import { checkRule, rule } from '@preau/kernel';

const YEAR_ID = /^(\d{4})-(\d{4})$/;
const DATE = /^\d{4}-\d{2}-\d{2}$/;

/**
 * A school year ("2026-2027", September to the summer): classes and enrolments belong to one. One year at a time is
 * the current one, the year the directory answers for (docs/product/brief.md); making a year current un-marks the
 * year that was.
 */
export class SchoolYear {
  constructor(
    readonly id: string,
    /** YYYY-MM-DD. */
    readonly startsOn: string,
    /** YYYY-MM-DD. */
    readonly endsOn: string,
    public current = false,
  ) {}

  /** A new year, not current yet. */
  static open(props: { id: string; startsOn: string; endsOn: string }): SchoolYear {
    const m = YEAR_ID.exec(props.id);
    checkRule(
      rule(
        'AYearIsNamedAfterItsTwoCalendarYears',
        'VALIDATION_FAILED',
        'A school year is named "YYYY-YYYY", two consecutive calendar years.',
        () => !m || Number(m[2]) !== Number(m[1]) + 1,
        'id',
      ),
    );
    checkRule(
      rule(
        'AYearEndsAfterItStarts',
        'VALIDATION_FAILED',
        'A school year starts and ends on days of the calendar (YYYY-MM-DD), the end after the start.',
        () => !DATE.test(props.startsOn) || !DATE.test(props.endsOn) || props.endsOn <= props.startsOn,
        'endsOn',
      ),
    );
    return new SchoolYear(props.id, props.startsOn, props.endsOn, false);
  }

  /**
   * Rule OneCurrentYear: this year becomes the current one and `previous` (the year that was current, if any) no
   * longer is. Returns whether anything changed.
   */
  makeCurrent(previous: SchoolYear | null): boolean {
    if (this.current) return false;
    if (previous && previous !== this) previous.current = false;
    this.current = true;
    return true;
  }
}
