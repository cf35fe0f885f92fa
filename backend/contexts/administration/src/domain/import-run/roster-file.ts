import type { ImportError, ImportKind, SchoolLevel } from '@preau/contracts';

/**
 * What the application knows of an imported file: rows in its own words, with their line numbers as a spreadsheet
 * shows them (the header is line 1). Nothing past the adapter sees a column name (docs/decisions/0010).
 */
export interface PupilRow {
  line: number;
  /** Upper case, or null when the register gives none. */
  ine: string | null;
  firstName: string;
  /** The family name ("nom de famille"). */
  lastName: string;
  /** The name the child goes by, when the register gives one ("nom d'usage"). */
  usualName: string | null;
  /** YYYY-MM-DD. */
  birthDate: string;
  /** The class as the school names it ("CE2 B" for the register's "CE2 B - Mme Roussel"). */
  className: string;
  level: SchoolLevel;
}

/** A child named on a guardian's row: by name and class, as the register refers to pupils. */
export interface ChildReference {
  firstName: string;
  lastName: string;
  usualName: string | null;
  className: string;
}

export interface GuardianRow {
  line: number;
  firstName: string;
  /** The name the guardian goes by (their "nom d'usage" when given, else the family name). */
  lastName: string;
  email: string | null;
  /** One to three children. */
  children: ChildReference[];
}

export type RosterFile =
  | { kind: Extract<ImportKind, 'pupils'>; rows: PupilRow[]; errors: ImportError[] }
  | { kind: Extract<ImportKind, 'guardians'>; rows: GuardianRow[]; errors: ImportError[] };
