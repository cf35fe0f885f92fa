import type { RosterFile } from '../../domain/import-run/roster-file';

export type { ChildReference, GuardianRow, PupilRow, RosterFile } from '../../domain/import-run/roster-file';

/**
 * Turns a file into rows, or refuses it whole (a DomainError: not a CSV, too large, a required column missing).
 * Lines that cannot be imported are in `errors`, never in `rows`.
 */
export interface RosterFileReader {
  read(file: Buffer): RosterFile;
}

export const ROSTER_FILE_READER = Symbol('RosterFileReader');
