import type { SchoolRoster } from '@preau/contracts';
import type { Id } from '@preau/kernel';

/** A school's current year as an import reads it (classes, pupils with INE and birth date, their guardians). */
export interface RosterReadModel {
  /** Guardians' `childIds` name only the pupils of this roster (an import links within the school). */
  roster(schoolId: Id, schoolYearId: string): Promise<SchoolRoster>;
}

export const ROSTER_READ_MODEL = Symbol('RosterReadModel');
