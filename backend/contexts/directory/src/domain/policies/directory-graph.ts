import type { Id } from '@preau/kernel';
import type { Role } from '@preau/contracts';
import type { ClassNode, DirectoryGraphRows, GroupNode, PersonNode, AcademyNode, SchoolNode } from './directory-graph.rows';

export type * from './directory-graph.rows';

/**
 * A read-only snapshot of the structures the access policies decide on (current school year only).
 * Repositories build it from rows with `DirectoryGraph.from(rows)`; the policies never mutate it.
 *
 * Deny by default also applies to the data: a position held by an account of the wrong role (a parent
 * listed as a pupil, a pupil listed as a director...) or pointing at an unknown person or class is
 * dropped, never widened into access, and reported in `anomalies` so that the caller can log it.
 */

const TEACHING_ROLES: readonly Role[] = ['TEACHER', 'SCHOOL_ADMIN'];
const NONE: readonly Id[] = Object.freeze([]);

function push<K, V>(index: Map<K, V[]>, key: K, value: V): void {
  const list = index.get(key);
  if (list) {
    if (!list.includes(value)) list.push(value);
  } else index.set(key, [value]);
}

export class DirectoryGraph {
  /** Rows dropped while building (wrong role, unknown reference, pending partnership excluded). */
  readonly anomalies: string[] = [];

  private readonly peopleById = new Map<Id, PersonNode>();
  private readonly academiesById = new Map<Id, AcademyNode>();
  private readonly schoolsById = new Map<Id, SchoolNode>();
  private readonly classesById = new Map<Id, ClassNode>();
  private readonly groupsById = new Map<Id, GroupNode>();

  private readonly adminsByAcademy = new Map<Id, Id[]>();
  private readonly academiesByAdmin = new Map<Id, Id[]>();
  private readonly schoolsByAcademy = new Map<Id, Id[]>();
  private readonly schoolsByDirector = new Map<Id, Id[]>();
  private readonly classesBySchool = new Map<Id, Id[]>();
  private readonly classesByPupil = new Map<Id, Id[]>();
  private readonly classesByTeacher = new Map<Id, Id[]>();
  private readonly parentsByPupil = new Map<Id, Id[]>();
  private readonly childrenByParent = new Map<Id, Id[]>();
  private readonly partnersByClass = new Map<Id, Id[]>();
  private readonly groupsByClass = new Map<Id, Id[]>();
  private readonly staffBySchool = new Map<Id, Id[]>();
  private readonly schoolsByStaff = new Map<Id, Id[]>();

  static from(rows: DirectoryGraphRows): DirectoryGraph {
    const g = new DirectoryGraph();
    for (const p of rows.people) g.peopleById.set(p.id, { ...p });
    for (const a of rows.academies) g.academiesById.set(a.id, { ...a });

    for (const row of rows.academyAdmins) {
      if (!g.academiesById.has(row.academyId)) g.anomalies.push(`academy admin ${row.personId}: unknown academy ${row.academyId}`);
      else if (!g.hasRole(row.personId, ['ACADEMY_ADMIN'])) g.anomalies.push(`academy admin ${row.personId}: not an ACADEMY_ADMIN account`);
      else {
        push(g.adminsByAcademy, row.academyId, row.personId);
        push(g.academiesByAdmin, row.personId, row.academyId);
      }
    }

    for (const s of rows.schools) {
      const directorIds = g.keep(s.directorIds, ['SCHOOL_ADMIN'], `school ${s.id}: director`);
      g.schoolsById.set(s.id, { ...s, directorIds, switches: { ...s.switches } });
      push(g.schoolsByAcademy, s.academyId, s.id);
      for (const d of directorIds) push(g.schoolsByDirector, d, s.id);
    }

    for (const c of rows.classes) {
      if (!g.schoolsById.has(c.schoolId)) {
        g.anomalies.push(`class ${c.id}: unknown school ${c.schoolId}`);
        continue;
      }
      const teacherIds = g.keep(c.teacherIds, TEACHING_ROLES, `class ${c.id}: teacher`);
      const pupilIds = g.keep(c.pupilIds, ['PUPIL'], `class ${c.id}: pupil`);
      g.classesById.set(c.id, { ...c, modules: { ...c.modules }, settings: { ...c.settings }, teacherIds, pupilIds });
      push(g.classesBySchool, c.schoolId, c.id);
      for (const t of teacherIds) push(g.classesByTeacher, t, c.id);
      for (const p of pupilIds) push(g.classesByPupil, p, c.id);
    }

    for (const row of rows.schoolStaff ?? []) {
      if (!g.schoolsById.has(row.schoolId)) g.anomalies.push(`school staff ${row.personId}: unknown school ${row.schoolId}`);
      else if (!g.hasRole(row.personId, TEACHING_ROLES)) g.anomalies.push(`school staff ${row.personId}: not a TEACHER/SCHOOL_ADMIN account`);
      else {
        push(g.staffBySchool, row.schoolId, row.personId);
        push(g.schoolsByStaff, row.personId, row.schoolId);
      }
    }

    for (const row of rows.guardianships) {
      if (!g.hasRole(row.parentId, ['PARENT']) || !g.hasRole(row.pupilId, ['PUPIL'])) {
        g.anomalies.push(`guardianship ${row.parentId} -> ${row.pupilId}: not a PARENT -> PUPIL pair`);
        continue;
      }
      push(g.parentsByPupil, row.pupilId, row.parentId);
      push(g.childrenByParent, row.parentId, row.pupilId);
    }

    for (const row of rows.partnerships) {
      if (row.status !== 'active') continue;
      const { requesterClassId: a, partnerClassId: b } = row;
      if (a === b || !g.classesById.has(a) || !g.classesById.has(b)) {
        g.anomalies.push(`partnership ${a} <-> ${b}: unknown or identical classes`);
        continue;
      }
      push(g.partnersByClass, a, b);
      push(g.partnersByClass, b, a);
    }

    for (const group of rows.groups ?? []) {
      const cls = g.classesById.get(group.classId);
      if (!cls) {
        g.anomalies.push(`group ${group.id}: unknown class ${group.classId}`);
        continue;
      }
      // A group is a subset of its class: a pupil who left the class leaves the group too.
      const pupilIds = group.pupilIds.filter((p) => cls.pupilIds.includes(p));
      g.groupsById.set(group.id, { ...group, pupilIds });
      push(g.groupsByClass, group.classId, group.id);
    }
    return g;
  }

  // ---- nodes ----
  person(id: Id): PersonNode | undefined {
    return this.peopleById.get(id);
  }
  people(): PersonNode[] {
    return [...this.peopleById.values()];
  }
  roleOf(id: Id): Role | undefined {
    return this.peopleById.get(id)?.role;
  }
  academy(id: Id): AcademyNode | undefined {
    return this.academiesById.get(id);
  }
  school(id: Id): SchoolNode | undefined {
    return this.schoolsById.get(id);
  }
  class(id: Id): ClassNode | undefined {
    return this.classesById.get(id);
  }
  group(id: Id): GroupNode | undefined {
    return this.groupsById.get(id);
  }

  // ---- academies ----
  academyOfSchool(schoolId: Id): AcademyNode | undefined {
    const school = this.schoolsById.get(schoolId);
    return school ? this.academiesById.get(school.academyId) : undefined;
  }
  academiesAdministeredBy(personId: Id): readonly Id[] {
    return this.academiesByAdmin.get(personId) ?? NONE;
  }
  academyAdminsOf(academyId: Id): readonly Id[] {
    return this.adminsByAcademy.get(academyId) ?? NONE;
  }
  schoolsOfAcademy(academyId: Id): readonly Id[] {
    return this.schoolsByAcademy.get(academyId) ?? NONE;
  }

  // ---- schools ----
  schoolOfClass(classId: Id): SchoolNode | undefined {
    const cls = this.classesById.get(classId);
    return cls ? this.schoolsById.get(cls.schoolId) : undefined;
  }
  schoolsDirectedBy(personId: Id): readonly Id[] {
    return this.schoolsByDirector.get(personId) ?? NONE;
  }
  directorsOf(schoolId: Id): readonly Id[] {
    return this.schoolsById.get(schoolId)?.directorIds ?? NONE;
  }
  classesOfSchool(schoolId: Id): readonly Id[] {
    return this.classesBySchool.get(schoolId) ?? NONE;
  }
  /** Teachers of any class of the school, and the teachers who belong to it before any class is theirs. */
  teachersOfSchool(schoolId: Id): Id[] {
    return this.unique([
      ...this.classesOfSchool(schoolId).flatMap((c) => this.teachersOf(c)),
      ...this.registeredStaffOf(schoolId),
    ]);
  }
  /** Who was registered as the school's staff (school_staff), with or without classes. */
  registeredStaffOf(schoolId: Id): readonly Id[] {
    return this.staffBySchool.get(schoolId) ?? NONE;
  }
  /** The school's staff: its teachers and its directors. */
  staffOfSchool(schoolId: Id): Id[] {
    return this.unique([...this.teachersOfSchool(schoolId), ...this.directorsOf(schoolId)]);
  }
  pupilsOfSchool(schoolId: Id): Id[] {
    return this.unique(this.classesOfSchool(schoolId).flatMap((c) => this.pupilsOf(c)));
  }
  /** Parents of the school's pupils. */
  parentsOfSchool(schoolId: Id): Id[] {
    return this.unique(this.pupilsOfSchool(schoolId).flatMap((p) => this.parentsOf(p)));
  }
  /** Schools where the person teaches at least one class, or belongs to the staff. */
  schoolsWhereTeaches(personId: Id): Id[] {
    return this.unique([
      ...this.classesTaughtBy(personId).map((c) => this.classesById.get(c)?.schoolId as Id),
      ...(this.schoolsByStaff.get(personId) ?? NONE),
    ]);
  }
  /** Schools a pupil is enrolled in (one per school year, in principle). */
  schoolsOfPupil(pupilId: Id): Id[] {
    return this.unique(this.classesOfPupil(pupilId).map((c) => this.classesById.get(c)?.schoolId as Id));
  }

  // ---- classes ----
  classesOfPupil(pupilId: Id): readonly Id[] {
    return this.classesByPupil.get(pupilId) ?? NONE;
  }
  classesTaughtBy(personId: Id): readonly Id[] {
    return this.classesByTeacher.get(personId) ?? NONE;
  }
  teachersOf(classId: Id): readonly Id[] {
    return this.classesById.get(classId)?.teacherIds ?? NONE;
  }
  pupilsOf(classId: Id): readonly Id[] {
    return this.classesById.get(classId)?.pupilIds ?? NONE;
  }
  /** Members of a class: its pupils and its teachers. */
  membersOf(classId: Id): Id[] {
    return this.unique([...this.pupilsOf(classId), ...this.teachersOf(classId)]);
  }
  /** Family of a class: the parents of its pupils. */
  familyOf(classId: Id): Id[] {
    return this.unique(this.pupilsOf(classId).flatMap((p) => this.parentsOf(p)));
  }
  /** Classes in an active partnership with this one. */
  partnerClassesOf(classId: Id): readonly Id[] {
    return this.partnersByClass.get(classId) ?? NONE;
  }
  arePartners(classA: Id, classB: Id): boolean {
    return this.partnerClassesOf(classA).includes(classB);
  }
  isMemberOf(personId: Id, classId: Id): boolean {
    return this.pupilsOf(classId).includes(personId) || this.teachersOf(classId).includes(personId);
  }
  /** Classes of which the person is a member (as pupil or teacher). */
  classesOfMember(personId: Id): Id[] {
    return this.unique([...this.classesOfPupil(personId), ...this.classesTaughtBy(personId)]);
  }
  groupsOfClass(classId: Id): readonly Id[] {
    return this.groupsByClass.get(classId) ?? NONE;
  }

  // ---- families ----
  parentsOf(pupilId: Id): readonly Id[] {
    return this.parentsByPupil.get(pupilId) ?? NONE;
  }
  childrenOf(parentId: Id): readonly Id[] {
    return this.childrenByParent.get(parentId) ?? NONE;
  }
  /** Classes of a parent's children. */
  classesOfChildren(parentId: Id): Id[] {
    return this.unique(this.childrenOf(parentId).flatMap((c) => this.classesOfPupil(c)));
  }

  // ---- building helpers ----
  private hasRole(personId: Id, roles: readonly Role[]): boolean {
    const role = this.peopleById.get(personId)?.role;
    return role !== undefined && roles.includes(role);
  }

  private keep(ids: Id[], roles: readonly Role[], what: string): Id[] {
    const kept: Id[] = [];
    for (const id of ids) {
      if (this.hasRole(id, roles)) {
        if (!kept.includes(id)) kept.push(id);
      } else this.anomalies.push(`${what} ${id}: unknown person or not a ${roles.join('/')} account`);
    }
    return kept;
  }

  private unique(ids: Id[]): Id[] {
    return [...new Set(ids)];
  }
}
