import type { SchoolRoster } from '@preau/contracts';
import type { Id } from '@preau/kernel';
import type { RosterReadModel } from '../application/ports/roster-read-model';
import type { InMemoryEnrolmentRepository } from './in-memory-enrolment.repository';
import type { InMemoryPeopleRepository } from './in-memory-people.repository';
import type { InMemoryClassRepository } from './in-memory-school-class.repository';

/** The roster as the SQL read model answers it, from what the in-memory repositories hold now. */
export class InMemoryRosterReadModel implements RosterReadModel {
  constructor(
    private readonly people: InMemoryPeopleRepository,
    private readonly classes: InMemoryClassRepository,
    private readonly enrolments: InMemoryEnrolmentRepository,
  ) {}

  async roster(schoolId: Id, schoolYearId: string): Promise<SchoolRoster> {
    const classes = [...this.classes.items.values()]
      .filter((c) => c.schoolId === schoolId && c.schoolYearId === schoolYearId)
      .sort((a, b) => a.name.localeCompare(b.name));
    const classIds = new Set(classes.map((c) => c.id));
    const enrolments = this.enrolments.items.filter((e) => e.schoolYearId === schoolYearId && classIds.has(e.classId));
    const pupilIds = new Set(enrolments.map((e) => e.pupilId));
    const childrenOf = new Map<Id, Id[]>();
    for (const g of this.people.guardianships.values())
      if (pupilIds.has(g.pupilId)) childrenOf.set(g.parentId, [...(childrenOf.get(g.parentId) ?? []), g.pupilId]);
    // Sorted as the SQL read model sorts: by last name, first name, id.
    const byName = (a: { lastName: string; firstName: string; id: string }, b: typeof a) =>
      a.lastName.localeCompare(b.lastName) || a.firstName.localeCompare(b.firstName) || a.id.localeCompare(b.id);
    return {
      schoolId,
      schoolYearId,
      classes: classes.map((c) => ({
        id: c.id,
        name: c.name,
        levels: [...c.levels],
      })),
      pupils: enrolments
        .map((e) => {
          const p = this.people.people.get(e.pupilId);
          return {
            id: e.pupilId,
            ine: p?.ine ?? null,
            firstName: p?.firstName ?? '',
            lastName: p?.lastName ?? '',
            usualName: p?.usualName ?? null,
            birthDate: p?.birthDate ?? null,
            classId: e.classId,
          };
        })
        .sort(byName),
      guardians: [...childrenOf.entries()]
        .map(([id, childIds]) => {
          const p = this.people.people.get(id);
          return {
            id,
            firstName: p?.firstName ?? '',
            lastName: p?.lastName ?? '',
            email: p?.email ?? null,
            childIds: [...childIds].sort(),
          };
        })
        .sort(byName),
    };
  }
}
