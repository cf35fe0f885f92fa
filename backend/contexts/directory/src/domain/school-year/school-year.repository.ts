import type { SchoolYear } from './school-year';

export interface SchoolYearRepository {
  byId(id: string): Promise<SchoolYear | null>;
  /** The year marked current, if any. */
  current(): Promise<SchoolYear | null>;
  add(year: SchoolYear): void;
  /**
   * Writes a change of current year (`year.makeCurrent(previous)`): the previous year's un-marking reaches the
   * database before the new mark, since the store holds one current year at a time.
   */
  saveCurrent(year: SchoolYear, previous: SchoolYear | null): Promise<void>;
}

export const SCHOOL_YEAR_REPOSITORY = Symbol('SchoolYearRepository');
