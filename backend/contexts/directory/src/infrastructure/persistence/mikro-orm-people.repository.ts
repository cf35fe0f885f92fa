import { EntityManager } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import type { Id } from '@preau/kernel';
import { Person } from '../../domain/person/person';
import type { PeopleRepository } from '../../domain/person/person.repository';
import { Enrolment } from '../../domain/enrolment/enrolment';
import { Guardianship, SchoolStaff } from '../../domain/person/places';

/** Loads with one `in (...)` query per kind; what is added or changed is written by the unit of work's flush. */
@Injectable()
export class MikroOrmPeopleRepository implements PeopleRepository {
  constructor(private readonly em: EntityManager) {}

  byIds(ids: readonly Id[]): Promise<Person[]> {
    return ids.length ? this.em.find(Person, { id: { $in: [...new Set(ids)] } }) : Promise.resolve([]);
  }
  byInes(ines: readonly string[]): Promise<Person[]> {
    return ines.length ? this.em.find(Person, { ine: { $in: [...new Set(ines)] } }) : Promise.resolve([]);
  }
  enrolmentsOf(pupilIds: readonly Id[], schoolYearId: string): Promise<Enrolment[]> {
    return pupilIds.length
      ? this.em.find(Enrolment, { pupilId: { $in: [...new Set(pupilIds)] }, schoolYearId })
      : Promise.resolve([]);
  }
  guardianshipsOf(parentIds: readonly Id[]): Promise<Guardianship[]> {
    return parentIds.length
      ? this.em.find(Guardianship, { parentId: { $in: [...new Set(parentIds)] } })
      : Promise.resolve([]);
  }
  staffOf(schoolId: Id, personIds: readonly Id[]): Promise<SchoolStaff[]> {
    return personIds.length
      ? this.em.find(SchoolStaff, { schoolId, personId: { $in: [...new Set(personIds)] } })
      : Promise.resolve([]);
  }
  add(entity: Person | Enrolment | Guardianship | SchoolStaff): void {
    this.em.persist(entity);
  }
  endEnrolment(enrolment: Enrolment): void {
    this.em.remove(enrolment);
  }
}
