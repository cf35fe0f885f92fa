import { ErrorCodes, GetPlacementQuery, type RosterClass, type RosterPupil, type SchoolRoster } from '@preau/contracts';
import { DomainError } from '@preau/kernel';
import type { Bus } from '@preau/platform';

/** How names sort in French ("Élodie" with the E's, "CE2 B" after "CE2 A", "CM2" after "CM1"). */
export const byFrenchName = (a: string, b: string): number => a.localeCompare(b, 'fr', { numeric: true, sensitivity: 'base' });

/** The classes to print: one of the school's (404 when the school has no such class), or all of them by name. */
export function classesToPrint(roster: SchoolRoster, classId: string | null): RosterClass[] {
  if (classId === null) return [...roster.classes].sort((a, b) => byFrenchName(a.name, b.name));
  const found = roster.classes.find((c) => c.id === classId);
  if (!found) throw new DomainError(ErrorCodes.NOT_FOUND, 'This school has no such class.');
  return [found];
}

/** The pupils of these classes (a pupil with no class this year has no card to print). */
export function pupilsOf(roster: SchoolRoster, classes: readonly RosterClass[]): RosterPupil[] {
  const ids = new Set(classes.map((c) => c.id));
  return roster.pupils.filter((p) => p.classId !== null && ids.has(p.classId));
}

/** A pupil's name as their family reads it: first name and usual (else birth) last name. */
export function pupilName(pupil: RosterPupil): string {
  return `${pupil.firstName} ${pupil.usualName ?? pupil.lastName}`;
}

/**
 * The school's name for the page headers: the actor's placement lists the schools they run (the roster query has
 * already refused anyone who does not run this one).
 */
export async function schoolNameFor(bus: Bus, actorId: string, schoolId: string): Promise<string> {
  const placement = await bus.query(new GetPlacementQuery(actorId));
  return placement.schools.find((s) => s.id === schoolId)?.name ?? '';
}

/** An ASCII file name from a school's or class's name: "Cartes — CE2 A" → "cartes-ce2-a". */
export function fileSlug(...parts: string[]): string {
  return (
    parts
      .join('-')
      .normalize('NFD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '') || 'preau'
  );
}
