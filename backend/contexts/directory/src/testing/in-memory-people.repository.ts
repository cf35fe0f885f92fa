import type { Id } from '@preau/kernel';
import type { DirectoryGraphRows } from '../domain';
import { Enrolment } from '../domain/enrolment/enrolment';
import { Person } from '../domain/person/person';
import type { PeopleRepository } from '../domain/person/person.repository';
import { Directorship, Guardianship, SchoolStaff } from '../domain/person/places';
import type { SchoolClass } from '../domain/school-class/school-class';
import type { InMemoryClassRepository } from './in-memory-school-class.repository';

const key = (a: string, b: string) => `${a}|${b}`;

/**
 * People and their places in memory. Like the unit of work's identity map, a lookup answers the same instances
 * that were added, so changes made to them are "saved". Two stores may not share a key (the tables' keys): adding
 * a second enrolment of a pupil for a year, or a person twice, throws as the database would.
 */
export class InMemoryPeopleRepository implements PeopleRepository {
  readonly people = new Map<Id, Person>();
  readonly enrolments = new Map<string, Enrolment>();
  readonly guardianships = new Map<string, Guardianship>();
  readonly staff = new Map<string, SchoolStaff>();
  readonly directorships = new Map<string, Directorship>();
  /** Every call, to check that a handler loads in batches (one call per kind, not one per row). */
  readonly calls: string[] = [];

  constructor(readonly classes: InMemoryClassRepository) {}

  /** The demo's people ("Léa Martin" → first name Léa, last name Martin), enrolments, guardianships, directors. */
  static fromRows(
    rows: DirectoryGraphRows,
    classes: InMemoryClassRepository,
    schoolYearId: string,
  ): InMemoryPeopleRepository {
    const repo = new InMemoryPeopleRepository(classes);
    for (const p of rows.people) {
      const [first, ...rest] = p.displayName.split(' ');
      repo.people.set(p.id, new Person(p.id, p.role, p.displayName, first, rest.join(' ')));
    }
    for (const c of rows.classes)
      for (const pupilId of c.pupilIds)
        repo.enrolments.set(key(pupilId, schoolYearId), new Enrolment(pupilId, schoolYearId, c.id));
    for (const g of rows.guardianships)
      repo.guardianships.set(key(g.parentId, g.pupilId), new Guardianship(g.parentId, g.pupilId));
    for (const s of rows.schools)
      for (const d of s.directorIds) repo.directorships.set(key(s.id, d), new Directorship(s.id, d));
    for (const s of rows.schoolStaff ?? [])
      repo.staff.set(key(s.schoolId, s.personId), new SchoolStaff(s.schoolId, s.personId));
    return repo;
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
    return pupilIds
      .map((id) => this.enrolments.get(key(id, schoolYearId)))
      .filter((e): e is Enrolment => e !== undefined);
  }
  async guardianshipsOf(parentIds: readonly Id[]): Promise<Guardianship[]> {
    this.calls.push('guardianshipsOf');
    return [...this.guardianships.values()].filter((g) => parentIds.includes(g.parentId));
  }
  async staffOf(schoolId: Id, personIds: readonly Id[]): Promise<SchoolStaff[]> {
    this.calls.push('staffOf');
    return [...this.staff.values()].filter((s) => s.schoolId === schoolId && personIds.includes(s.personId));
  }
  async directorshipsOf(schoolId: Id, personIds: readonly Id[]): Promise<Directorship[]> {
    this.calls.push('directorshipsOf');
    return [...this.directorships.values()].filter((d) => d.schoolId === schoolId && personIds.includes(d.personId));
  }

  add(entity: Person | Enrolment | Guardianship | SchoolStaff | Directorship): void {
    const [store, k] = this.slot(entity);
    if (store.has(k) && store.get(k) !== entity) throw new Error(`duplicate key ${k}`);
    (store as Map<string, typeof entity>).set(k, entity);
  }
  addClass(klass: SchoolClass): void {
    if (this.classes.items.has(klass.id)) throw new Error(`duplicate class ${klass.id}`);
    this.classes.items.set(klass.id, klass);
  }
  endEnrolment(enrolment: Enrolment): void {
    this.enrolments.delete(key(enrolment.pupilId, enrolment.schoolYearId));
  }

  private slot(entity: Person | Enrolment | Guardianship | SchoolStaff | Directorship): [Map<string, unknown>, string] {
    if (entity instanceof Person) return [this.people, entity.id];
    if (entity instanceof Enrolment) return [this.enrolments, key(entity.pupilId, entity.schoolYearId)];
    if (entity instanceof Guardianship) return [this.guardianships, key(entity.parentId, entity.pupilId)];
    if (entity instanceof SchoolStaff) return [this.staff, key(entity.schoolId, entity.personId)];
    return [this.directorships, key(entity.schoolId, entity.personId)];
  }
}
