import type { Id } from '@preau/kernel';
import type { Enrolment } from '../enrolment/enrolment';
import type { Guardianship, SchoolStaff } from './places';
import type { Person } from './person';

/**
 * People and their places (enrolments, guardianships, staff), loaded in batches and saved by the unit of work (one
 * flush per command): an import of 300 pupils is a handful of queries, not one per row. Classes and directors are
 * the class's and the school's repositories'.
 */
export interface PeopleRepository {
  byIds(ids: readonly Id[]): Promise<Person[]>;
  /** People holding one of these INEs (to refuse an INE already someone else's). */
  byInes(ines: readonly string[]): Promise<Person[]>;
  enrolmentsOf(pupilIds: readonly Id[], schoolYearId: string): Promise<Enrolment[]>;
  guardianshipsOf(parentIds: readonly Id[]): Promise<Guardianship[]>;
  staffOf(schoolId: Id, personIds: readonly Id[]): Promise<SchoolStaff[]>;
  add(entity: Person | Enrolment | Guardianship | SchoolStaff): void;
  /** The pupil no longer has a class this year. */
  endEnrolment(enrolment: Enrolment): void;
}

export const PEOPLE_REPOSITORY = Symbol('PeopleRepository');
