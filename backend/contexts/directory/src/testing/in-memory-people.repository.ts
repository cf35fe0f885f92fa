import type { Id } from '@preau/kernel';
import type { DirectoryGraphRows } from '../domain';
import type { Enrolment } from '../domain/enrolment/enrolment';
import { Person } from '../domain/person/person';
import type { PeopleRepository } from '../domain/person/person.repository';
import { Guardianship, SchoolStaff } from '../domain/person/places';
import type { InMemoryEnrolmentRepository } from './in-memory-enrolment.repository';

const key = (a: string, b: string) => `${a}|${b}`;

/**
 * People and their places in memory; enrolments live in the enrolment repository's store (one store, as one table).
 * Like the unit of work's identity map, a lookup answers the same instances that were added, so changes made to
 * them are "saved". A key may be added once (the tables' keys): a second enrolment of a pupil for a year, or a
 * person twice, throws as the database would.
 */
export class InMemoryPeopleRepository implements PeopleRepository {
  readonly people = new Map<Id, Person>();
  readonly guardianships = new Map<string, Guardianship>();
  readonly staff = new Map<string, SchoolStaff>();
  /** Every call, to check that a handler loads in batches (one call per kind, not one per row). */
  readonly calls: string[] = [];

  /** The rows' people ("Léa Martin" → first name Léa, last name Martin), guardianships and staff. */
  constructor(
    rows: DirectoryGraphRows,
    readonly enrolments: InMemoryEnrolmentRepository,
  ) {
    for (const p of rows.people) {
      const [first, ...rest] = p.displayName.split(' ');
      this.people.set(p.id, new Person(p.id, p.role, p.displayName, first, rest.join(' ')));
    }
    for (const g of rows.guardianships)
      this.guardianships.set(key(g.parentId, g.pupilId), new Guardianship(g.parentId, g.pupilId));
    for (const s of rows.schoolStaff ?? [])
      this.staff.set(key(s.schoolId, s.personId), new SchoolStaff(s.schoolId, s.personId));
  }

  async byIds(ids: readonly Id[]): Promise<Person[]> {
    this.calls.push('byIds');
    return ids.map((id) => this.people.get(id)).filter((p): p is Person => p !== undefined);
  }
  async byInes(ines: readonly string[]): Promise<Person[]> {
    this.calls.push('byInes');
    return [...this.people.values()].filter((p) => p.ine !== null && ines.includes(p.ine));
  }
  async enrolmentsOf(pupilIds: readonly Id[], schoolYearId: string): Promise<Enrolment[]> {
    this.calls.push('enrolmentsOf');
    return this.enrolments.items.filter((e) => e.schoolYearId === schoolYearId && pupilIds.includes(e.pupilId));
  }
  async guardianshipsOf(parentIds: readonly Id[]): Promise<Guardianship[]> {
    this.calls.push('guardianshipsOf');
    return [...this.guardianships.values()].filter((g) => parentIds.includes(g.parentId));
  }
  async staffOf(schoolId: Id, personIds: readonly Id[]): Promise<SchoolStaff[]> {
    this.calls.push('staffOf');
    return [...this.staff.values()].filter((s) => s.schoolId === schoolId && personIds.includes(s.personId));
  }

  add(entity: Person | Enrolment | Guardianship | SchoolStaff): void {
    if (entity instanceof Person) this.put(this.people, entity.id, entity);
    else if (entity instanceof Guardianship) this.put(this.guardianships, key(entity.parentId, entity.pupilId), entity);
    else if (entity instanceof SchoolStaff) this.put(this.staff, key(entity.schoolId, entity.personId), entity);
    else {
      const taken = this.enrolments.items.find(
        (e) => e.pupilId === entity.pupilId && e.schoolYearId === entity.schoolYearId,
      );
      if (taken && taken !== entity) throw new Error(`duplicate enrolment ${entity.pupilId} ${entity.schoolYearId}`);
      if (!taken) this.enrolments.items.push(entity);
    }
  }
  endEnrolment(enrolment: Enrolment): void {
    const at = this.enrolments.items.indexOf(enrolment);
    if (at >= 0) this.enrolments.items.splice(at, 1);
  }

  private put<T>(store: Map<string, T>, k: string, entity: T): void {
    if (store.has(k) && store.get(k) !== entity) throw new Error(`duplicate key ${k}`);
    store.set(k, entity);
  }
}
