import type { Id } from '@preau/kernel';
import type { SchoolClass } from '../school-class/school-class';
import type { Enrolment } from '../enrolment/enrolment';
import type { Directorship, Guardianship, SchoolStaff } from './places';
import type { Person } from './person';

/**
 * People and their places (enrolments, guardianships, staff, directorships), loaded in batches and saved by the
 * unit of work (one flush per command): an import of 300 pupils is a handful of queries, not one per row.
 */
export interface PeopleRepository {
  byIds(ids: readonly Id[]): Promise<Person[]>;
  /** People holding one of these INEs (to refuse an INE already someone else's). */
  byInes(ines: readonly string[]): Promise<Person[]>;
  enrolmentsOf(pupilIds: readonly Id[], schoolYearId: string): Promise<Enrolment[]>;
  guardianshipsOf(parentIds: readonly Id[]): Promise<Guardianship[]>;
  staffOf(schoolId: Id, personIds: readonly Id[]): Promise<SchoolStaff[]>;
  directorshipsOf(schoolId: Id, personIds: readonly Id[]): Promise<Directorship[]>;
  add(entity: Person | Enrolment | Guardianship | SchoolStaff | Directorship): void;
  /** A class an import creates (the class aggregate is the structures' use cases'; this only stores a new one). */
  addClass(klass: SchoolClass): void;
  /** The pupil no longer has a class this year. */
  endEnrolment(enrolment: Enrolment): void;
}

export const PEOPLE_REPOSITORY = Symbol('PeopleRepository');
