import { Inject } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { ApplyRosterCommand, DirectoryEvents, type RosterAppliedPayload, type RosterChanges } from '@preau/contracts';
import { BusinessRuleViolation, type Id } from '@preau/kernel';
import { Outbox } from '@preau/platform';
import { checkAdministerSchool, type DirectoryGraph } from '../../../domain';
import { Enrolment } from '../../../domain/enrolment/enrolment';
import { normaliseDetails, Person } from '../../../domain/person/person';
import { PEOPLE_REPOSITORY, type PeopleRepository } from '../../../domain/person/person.repository';
import { Guardianship } from '../../../domain/person/places';
import { refuseRoster } from '../../../domain/person/roster.rules';
import { SchoolClass } from '../../../domain/school-class/school-class';
import { CLASS_REPOSITORY, type ClassRepository } from '../../../domain/school-class/school-class.repository';
import { DIRECTORY_GRAPH_READ_MODEL, type DirectoryGraphReadModel } from '../../ports/directory-graph-read-model';
import { SCHOOL_YEARS_READ_MODEL, type SchoolYearsReadModel } from '../../ports/school-years';

type PupilChange = RosterChanges['pupils'][number];
type GuardianChange = RosterChanges['guardians'][number];

/**
 * Applies an import to a school's current year (decision 0010), in the caller's unit of work: creates the classes,
 * creates or updates the pupils and enrols them (a move when their class changes), ends the enrolment of those who
 * leave, creates or updates the guardians and links them to each child (links are only added).
 *
 * Everything is checked before anything changes (classes and pupils of that school, an INE per person, one entry
 * per person), and read in a few batched queries: people, enrolments, guardianships, INEs. The writes are the unit
 * of work's single flush. Re-applying the same changes changes nothing: a person who already exists is updated
 * (whatever `isNew` says), a class already created is kept, a link already there is not added twice.
 */
@CommandHandler(ApplyRosterCommand)
export class ApplyRosterHandler implements ICommandHandler<ApplyRosterCommand, void> {
  constructor(
    @Inject(DIRECTORY_GRAPH_READ_MODEL) private readonly graphs: DirectoryGraphReadModel,
    @Inject(SCHOOL_YEARS_READ_MODEL) private readonly years: SchoolYearsReadModel,
    @Inject(PEOPLE_REPOSITORY) private readonly people: PeopleRepository,
    @Inject(CLASS_REPOSITORY) private readonly classes: ClassRepository,
    private readonly outbox: Outbox,
  ) {}

  async execute({ actorId, schoolId, changes }: ApplyRosterCommand): Promise<void> {
    const pupilIds = changes.pupils.map((p) => p.id);
    const guardianIds = changes.guardians.map((g) => g.id);
    const graph = await this.graphs.around({
      personIds: [actorId, ...pupilIds, ...changes.leavingPupilIds, ...guardianIds],
      schoolIds: [schoolId],
    });
    checkAdministerSchool(graph, actorId, schoolId, 'import');
    const year = await this.years.current();
    if (!year) refuseRoster('CurrentSchoolYearMustExist', 'No school year is current.');

    // ---- read what the batch touches, a query per kind (one after the other: one connection per unit of work) ----
    const known = await this.people.byIds([...pupilIds, ...changes.leavingPupilIds, ...guardianIds]);
    const enrolments = await this.people.enrolmentsOf([...pupilIds, ...changes.leavingPupilIds], year);
    const links = await this.people.guardianshipsOf(guardianIds);
    const holdersOfInes = await this.people.byInes(
      changes.pupils.map((p) => p.ine?.trim().toUpperCase()).filter((i): i is string => !!i),
    );
    const personById = new Map(known.map((p) => [p.id, p]));
    const enrolmentOf = new Map(enrolments.map((e) => [e.pupilId, e]));
    const schoolClassIds = new Set(graph.classesOfSchool(schoolId));

    // ---- check everything ----
    const newClasses = await this.checkClasses(graph, schoolId, year, schoolClassIds, changes);
    const targetClassIds = new Set([...schoolClassIds, ...newClasses.map((c) => c.id)]);
    const pupilDetails = this.checkPupils(graph, schoolId, changes.pupils, targetClassIds, personById, enrolmentOf);
    this.checkInes(changes.pupils, pupilDetails, holdersOfInes);
    const leaving = this.checkLeaving(graph, schoolId, changes, personById, enrolmentOf);
    const guardianDetails = this.checkGuardians(graph, schoolId, changes, personById, leaving);

    // ---- write ----
    for (const klass of newClasses) this.classes.add(klass);
    let pupilsCreated = 0;
    let pupilsUpdated = 0;
    changes.pupils.forEach((change, i) => {
      const details = pupilDetails[i];
      const existing = personById.get(change.id);
      let changed = false;
      if (existing) changed = existing.update(details);
      else {
        this.people.add(Person.register(change.id, 'PUPIL', details));
        pupilsCreated++;
      }
      const enrolment = enrolmentOf.get(change.id);
      if (enrolment) changed = enrolment.moveTo(change.classId) || changed;
      else {
        this.people.add(new Enrolment(change.id, year, change.classId));
        changed = true;
      }
      if (existing && changed) pupilsUpdated++;
    });
    for (const enrolment of leaving) this.people.endEnrolment(enrolment);

    let guardiansCreated = 0;
    const linked = new Set(links.map((l) => `${l.parentId}|${l.pupilId}`));
    changes.guardians.forEach((change, i) => {
      const existing = personById.get(change.id);
      if (existing) existing.update(guardianDetails[i]);
      else {
        this.people.add(Person.register(change.id, 'PARENT', guardianDetails[i]));
        guardiansCreated++;
      }
      for (const childId of new Set(change.childIds)) {
        if (linked.has(`${change.id}|${childId}`)) continue;
        linked.add(`${change.id}|${childId}`);
        this.people.add(new Guardianship(change.id, childId));
      }
    });

    const payload: RosterAppliedPayload = {
      schoolId,
      actorId,
      classesCreated: newClasses.length,
      pupilsCreated,
      pupilsUpdated,
      pupilsLeft: leaving.length,
      guardiansCreated,
    };
    this.outbox.publish(DirectoryEvents.RosterApplied, payload);
  }

  /** The classes to create (the class's rules: a name, one level or two), names free in the school; one already there is kept. */
  private async checkClasses(
    graph: DirectoryGraph,
    schoolId: Id,
    year: string,
    schoolClassIds: Set<Id>,
    changes: RosterChanges,
  ): Promise<SchoolClass[]> {
    const takenNames = new Map(
      [...schoolClassIds].map((id) => [graph.class(id)?.name.trim().toLocaleLowerCase('fr') ?? '', id]),
    );
    const created: SchoolClass[] = [];
    for (const c of changes.classes) {
      if (schoolClassIds.has(c.id)) continue;
      const klass = withFacts({ classId: c.id }, () =>
        SchoolClass.create({ id: c.id, schoolId, schoolYearId: year, name: c.name, levels: c.levels, teacherIds: [] }),
      );
      const key = klass.name.toLocaleLowerCase('fr');
      if (takenNames.has(key) || created.some((k) => k.id === c.id)) {
        refuseRoster('ClassNameMustBeFree', `The school already has a class named "${klass.name}" this year.`, {
          classId: c.id,
          name: klass.name,
        });
      }
      if (graph.class(c.id) || (await this.classes.byId(c.id))) {
        refuseRoster('ClassMustBelongToTheSchool', 'This class id belongs to another school or year.', {
          classId: c.id,
        });
      }
      takenNames.set(key, c.id);
      created.push(klass);
    }
    return created;
  }

  private checkPupils(
    graph: DirectoryGraph,
    schoolId: Id,
    pupils: PupilChange[],
    targetClassIds: Set<Id>,
    personById: Map<Id, Person>,
    enrolmentOf: Map<Id, Enrolment>,
  ) {
    const seen = new Set<Id>();
    return pupils.map((p) => {
      if (seen.has(p.id)) refuseRoster('PupilMustBeListedOnce', 'A pupil is listed twice.', { pupilId: p.id });
      seen.add(p.id);
      if (!targetClassIds.has(p.classId)) {
        refuseRoster('ClassMustBelongToTheSchool', 'A pupil is placed in a class that is not of this school.', {
          pupilId: p.id,
          classId: p.classId,
        });
      }
      const existing = personById.get(p.id);
      if (!existing && !p.isNew) refuseRoster('PupilMustExist', 'No such pupil.', { pupilId: p.id });
      if (existing && existing.role !== 'PUPIL') {
        refuseRoster('PupilMustBeAPupil', 'This id is not a pupil.', { pupilId: p.id });
      }
      const enrolment = enrolmentOf.get(p.id);
      if (enrolment && graph.class(enrolment.classId)?.schoolId !== schoolId) {
        refuseRoster(
          'PupilEnrolledInAnotherSchool',
          'This pupil is enrolled in another school this year: that school must let them leave first.',
          { pupilId: p.id },
        );
      }
      return details(p, { pupilId: p.id });
    });
  }

  /** One INE per person: neither twice in the batch nor already someone else's. */
  private checkInes(pupils: PupilChange[], details: ReturnType<typeof normaliseDetails>[], holders: Person[]): void {
    const owner = new Map(holders.map((p) => [p.ine as string, p.id]));
    pupils.forEach((p, i) => {
      const ine = details[i].ine;
      if (!ine) return;
      const holder = owner.get(ine);
      if (holder !== undefined && holder !== p.id) {
        refuseRoster('IneMustBeUnique', 'This INE is already another pupil’s.', { pupilId: p.id, ine });
      }
      owner.set(ine, p.id);
    });
  }

  /** Pupils of this school who leave; one already gone is skipped (the same changes applied twice). */
  private checkLeaving(
    graph: DirectoryGraph,
    schoolId: Id,
    changes: RosterChanges,
    personById: Map<Id, Person>,
    enrolmentOf: Map<Id, Enrolment>,
  ): Enrolment[] {
    const staying = new Set(changes.pupils.map((p) => p.id));
    const leaving: Enrolment[] = [];
    for (const id of new Set(changes.leavingPupilIds)) {
      const enrolment = enrolmentOf.get(id);
      const ofSchool = enrolment && graph.class(enrolment.classId)?.schoolId === schoolId;
      if (staying.has(id) || personById.get(id)?.role !== 'PUPIL' || (enrolment && !ofSchool)) {
        refuseRoster('LeavingPupilMustBeOfTheSchool', 'Only a pupil of this school, not also listed, may leave it.', {
          pupilId: id,
        });
      }
      if (enrolment) leaving.push(enrolment);
    }
    return leaving;
  }

  private checkGuardians(
    graph: DirectoryGraph,
    schoolId: Id,
    changes: RosterChanges,
    personById: Map<Id, Person>,
    leaving: Enrolment[],
  ) {
    const gone = new Set(leaving.map((e) => e.pupilId));
    const pupilsAfter = new Set([
      ...graph.pupilsOfSchool(schoolId).filter((p) => !gone.has(p)),
      ...changes.pupils.map((p) => p.id),
    ]);
    const pupilsNow = new Set(graph.pupilsOfSchool(schoolId));
    const seen = new Set<Id>();
    return changes.guardians.map((g) => {
      if (seen.has(g.id)) refuseRoster('GuardianMustBeListedOnce', 'A guardian is listed twice.', { guardianId: g.id });
      seen.add(g.id);
      const existing = personById.get(g.id);
      if (existing && existing.role !== 'PARENT') {
        refuseRoster('GuardianMustBeAParent', 'This id is not a parent.', { guardianId: g.id });
      }
      // A parent already known is one of this school's (a child here), or was just listed with children here.
      if (existing && !graph.childrenOf(g.id).some((c) => pupilsNow.has(c) || pupilsAfter.has(c))) {
        refuseRoster('GuardianMustBeOfTheSchool', 'No such guardian in this school.', { guardianId: g.id });
      }
      for (const childId of g.childIds) {
        // A link already there is kept as it is (even to a child who leaves now): only new links need a pupil here.
        if (!pupilsAfter.has(childId) && !graph.childrenOf(g.id).includes(childId)) {
          refuseRoster('ChildMustBeAPupilOfTheSchool', 'A guardian is linked to a child who is not a pupil here.', {
            guardianId: g.id,
            childId,
          });
        }
      }
      return details(g, { guardianId: g.id });
    });
  }
}

/** The person's details checked (the person's rules: names, INE, birth date, e-mail); a refusal names the row. */
function details(p: PupilChange | GuardianChange, facts: Record<string, unknown>) {
  return withFacts(facts, () => normaliseDetails(p));
}

/** Runs a check; a rule it breaks is refused with these facts added (which class, which pupil). */
function withFacts<T>(facts: Record<string, unknown>, check: () => T): T {
  try {
    return check();
  } catch (error) {
    if (error instanceof BusinessRuleViolation) Object.assign(error.details, facts);
    throw error;
  }
}
