import { Inject } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { ProvisionStructureCommand, type StructureToProvision } from '@preau/contracts';
import { CLOCK, type Clock, type Id, newId } from '@preau/kernel';
import { Academy } from '../../../domain/academy/academy';
import { ACADEMY_REPOSITORY, type AcademyRepository } from '../../../domain/academy/academy.repository';
import { Enrolment } from '../../../domain/enrolment/enrolment';
import { Partnership } from '../../../domain/partnership/partnership';
import { PARTNERSHIP_REPOSITORY, type PartnershipRepository } from '../../../domain/partnership/partnership.repository';
import { Person } from '../../../domain/person/person';
import { PEOPLE_REPOSITORY, type PeopleRepository } from '../../../domain/person/person.repository';
import { Guardianship } from '../../../domain/person/places';
import { School } from '../../../domain/school/school';
import { SCHOOL_REPOSITORY, type SchoolRepository } from '../../../domain/school/school.repository';
import { SchoolClass } from '../../../domain/school-class/school-class';
import { CLASS_REPOSITORY, type ClassRepository } from '../../../domain/school-class/school-class.repository';
import { SchoolYear } from '../../../domain/school-year/school-year';
import { SCHOOL_YEAR_REPOSITORY, type SchoolYearRepository } from '../../../domain/school-year/school-year.repository';

/** Ids not already among the given ones, in order. */
const union = (kept: Id[], added: Id[]) => [...new Set([...kept, ...added])];
const sameMembers = (a: Id[], b: Id[]) => a.length === b.length && a.every((id) => b.includes(id));

/**
 * Provisions a whole structure (the demo academy of docs/product/demo-school.md at start-up) through the aggregates,
 * in the command's unit of work. Idempotent: what exists is looked up first and only what is missing is added (a
 * person's display name, a pupil's class this year and the current year follow the structure); provisioning the
 * same structure twice changes nothing.
 */
@CommandHandler(ProvisionStructureCommand)
export class ProvisionStructureHandler implements ICommandHandler<ProvisionStructureCommand, void> {
  constructor(
    @Inject(ACADEMY_REPOSITORY) private readonly academies: AcademyRepository,
    @Inject(SCHOOL_YEAR_REPOSITORY) private readonly years: SchoolYearRepository,
    @Inject(PEOPLE_REPOSITORY) private readonly people: PeopleRepository,
    @Inject(SCHOOL_REPOSITORY) private readonly schools: SchoolRepository,
    @Inject(CLASS_REPOSITORY) private readonly classes: ClassRepository,
    @Inject(PARTNERSHIP_REPOSITORY) private readonly partnerships: PartnershipRepository,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async execute({ structure: s }: ProvisionStructureCommand): Promise<void> {
    await this.provisionYear(s.schoolYear);
    await this.provisionAcademy(s);
    await this.provisionPeople(s.people);
    for (const school of s.schools) await this.provisionSchool(s, school);
    await this.provisionGuardianships(s.guardianships);
    await this.provisionPartnerships(s);
  }

  /** The structure's year becomes the current one (rule OneCurrentYear). */
  private async provisionYear(given: StructureToProvision['schoolYear']): Promise<void> {
    let year = await this.years.byId(given.id);
    if (!year) {
      year = SchoolYear.open(given);
      this.years.add(year);
    }
    const previous = await this.years.current();
    if (year.makeCurrent(previous)) await this.years.saveCurrent(year, previous);
  }

  private async provisionAcademy(s: StructureToProvision): Promise<void> {
    const academy = await this.academies.byId(s.academy.id);
    if (!academy) {
      this.academies.add(Academy.create({ id: s.academy.id, name: s.academy.name, adminIds: s.academyAdminIds }));
      return;
    }
    const admins = union(academy.adminIds, s.academyAdminIds);
    if (sameMembers(admins, academy.adminIds)) return;
    academy.appointAdmins(admins);
    await this.academies.save(academy);
  }

  /**
   * New people are registered with their first and last names split from the display name ("Léa Martin"), as the
   * people register's migration did; the display name is kept as given.
   */
  private async provisionPeople(given: StructureToProvision['people']): Promise<void> {
    const known = new Map((await this.people.byIds(given.map((p) => p.id))).map((p) => [p.id, p]));
    for (const p of given) {
      const person = known.get(p.id);
      if (person) {
        if (person.displayName !== p.displayName) person.displayName = p.displayName;
        continue;
      }
      const [firstName, ...rest] = p.displayName.trim().split(/\s+/);
      const registered = Person.register(p.id, p.role, { firstName, lastName: rest.join(' ') || firstName });
      registered.displayName = p.displayName;
      this.people.add(registered);
      known.set(p.id, registered);
    }
  }

  private async provisionSchool(
    s: StructureToProvision,
    given: StructureToProvision['schools'][number],
  ): Promise<void> {
    const school = await this.schools.byId(given.id);
    if (!school) {
      // A provisioned school has no UAI yet (the demo's); the administration console registers it.
      const created = new School(given.id, s.academy.id, '', {});
      created.rename(given.name);
      created.appointDirectors(given.directorIds);
      this.schools.add(created);
    } else {
      const directors = union(school.directorIds, given.directorIds);
      if (!sameMembers(directors, school.directorIds)) {
        school.appointDirectors(directors);
        await this.schools.save(school);
      }
    }

    const existing = new Map((await this.classes.byIds(given.classes.map((c) => c.id))).map((c) => [c.id, c]));
    for (const c of given.classes) {
      const klass = existing.get(c.id);
      if (!klass) {
        this.classes.add(
          SchoolClass.create({
            id: c.id,
            schoolId: given.id,
            schoolYearId: s.schoolYear.id,
            name: c.name,
            levels: c.levels ?? [],
            teacherIds: c.teacherIds,
            settings: c.settings,
          }),
        );
        continue;
      }
      const teachers = union(klass.teacherIds, c.teacherIds);
      if (sameMembers(teachers, klass.teacherIds)) continue;
      klass.assignTeachers(teachers);
      await this.classes.save(klass);
    }

    const classOf = new Map(given.classes.flatMap((c) => c.pupilIds.map((pupilId) => [pupilId, c.id] as const)));
    const enrolled = await this.people.enrolmentsOf([...classOf.keys()], s.schoolYear.id);
    for (const [pupilId, classId] of classOf) {
      const enrolment = enrolled.find((e) => e.pupilId === pupilId);
      if (enrolment) enrolment.moveTo(classId);
      else this.people.add(new Enrolment(pupilId, s.schoolYear.id, classId));
    }
  }

  private async provisionGuardianships(given: StructureToProvision['guardianships']): Promise<void> {
    const existing = await this.people.guardianshipsOf(given.map((g) => g.parentId));
    const added = new Set<string>();
    for (const g of given) {
      const key = `${g.parentId}|${g.pupilId}`;
      if (added.has(key) || existing.some((e) => e.parentId === g.parentId && e.pupilId === g.pupilId)) continue;
      added.add(key);
      this.people.add(new Guardianship(g.parentId, g.pupilId));
    }
  }

  /** Partnerships both teachers already agreed to: requested and accepted at once, unless the pair has one. */
  private async provisionPartnerships(s: StructureToProvision): Promise<void> {
    const now = this.clock.now();
    const provisioned: Partnership[] = [];
    for (const p of s.partnerships) {
      const taken =
        provisioned.some((q) => q.involves(p.classId) && q.involves(p.partnerClassId)) ||
        (await this.partnerships.between(p.classId, p.partnerClassId));
      if (taken) continue;
      const partnership = Partnership.request({
        id: newId(),
        classId: p.classId,
        partnerClassId: p.partnerClassId,
        requestedBy: s.academyAdminIds[0] ?? p.classId,
        now,
      });
      partnership.accept(true, now);
      this.partnerships.add(partnership);
      provisioned.push(partnership);
    }
  }
}
