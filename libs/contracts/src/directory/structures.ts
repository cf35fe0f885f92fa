/**
 * The directory's administration language (issue 11, decision 0010): schools with their UAI and address,
 * classes of a school year with their levels, and a school's roster as the ONDE import sees it.
 * The routes live under `/admin/...`; the Administration table of docs/product/access-rules.md decides who.
 */
import { Command, Query } from '../messages';
import type { ClassSummary, PersonView, SchoolView } from './index';

/** The five levels of a French école élémentaire; a class has one, or two (a double-level class, "CE2/CM1"). */
export const SCHOOL_LEVELS = ['CP', 'CE1', 'CE2', 'CM1', 'CM2'] as const;
export type SchoolLevel = (typeof SCHOOL_LEVELS)[number];

export interface SchoolAddress {
  street: string;
  postalCode: string;
  city: string;
}

/** One school as its administrators see it (GET /admin/schools, POST /admin/schools, PATCH /admin/schools/:id). */
export interface AdminSchoolView extends SchoolView {
  /** Unité administrative immatriculée: 7 digits and a check letter ("0750654D"); null for the demo schools. */
  uai: string | null;
  address: SchoolAddress | null;
  directors: PersonView[];
  classCount: number;
}

export interface CreateSchoolRequest {
  name: string;
  uai: string;
  address?: SchoolAddress;
  /** An existing SCHOOL_ADMIN or TEACHER account of the academy who becomes the school's director. */
  directorId?: string;
}

export interface UpdateSchoolRequest {
  name?: string;
  uai?: string;
  address?: SchoolAddress | null;
  /** Replaces the school's directors. */
  directorIds?: string[];
}

/** One class as its administrators see it (GET/POST /admin/schools/:id/classes, PATCH /admin/classes/:id). */
export interface AdminClassView extends ClassSummary {
  schoolYearId: string;
  levels: SchoolLevel[];
}

export interface CreateClassRequest {
  name: string;
  /** One level, or two for a double-level class. */
  levels: SchoolLevel[];
  /** Defaults to the current school year. */
  schoolYearId?: string;
  teacherIds?: string[];
}

export interface UpdateClassRequest {
  name?: string;
  levels?: SchoolLevel[];
  /** Replaces the class's teachers (teachers of the school's academy). */
  teacherIds?: string[];
}

/** POST /admin/classes/:classId/pupils: these pupils of the same school now belong to this class (this school year). */
export interface MovePupilsRequest {
  pupilIds: string[];
}

// ---- the roster, for the ONDE import of the administration context ----

export interface RosterClass {
  id: string;
  name: string;
  levels: SchoolLevel[];
}

export interface RosterPupil {
  id: string;
  /** Identifiant national élève, when known: the first key an import matches on. */
  ine: string | null;
  firstName: string;
  lastName: string;
  /** The "nom d'usage" when the register gives one. */
  usualName: string | null;
  /** YYYY-MM-DD; the second key (with the names) an import matches on. */
  birthDate: string | null;
  classId: string | null;
}

export interface RosterGuardian {
  id: string;
  firstName: string;
  lastName: string;
  email: string | null;
  childIds: string[];
}

/** A school's current year as an import needs it. */
export interface SchoolRoster {
  schoolId: string;
  schoolYearId: string;
  classes: RosterClass[];
  pupils: RosterPupil[];
  guardians: RosterGuardian[];
}

/** "The roster of school S, for A who imports into it" → SchoolRoster. Refused (403/404) unless A administers S. */
export class GetSchoolRosterQuery extends Query<SchoolRoster> {
  constructor(
    readonly actorId: string,
    readonly schoolId: string,
  ) {
    super();
  }
}

/** What one import changes in a school's current year, all ids chosen by the caller (new ones included). */
export interface RosterChanges {
  classes: RosterClass[];
  /** Created (`isNew`) or updated, and enrolled in `classId` for the current year (a move when it differs). */
  pupils: (Omit<RosterPupil, 'classId'> & { classId: string; isNew: boolean })[];
  /** Pupils who leave the school: their enrolment ends (their account stays, blocked by identity if asked). */
  leavingPupilIds: string[];
  /** Created or updated; linked to each of `childIds` (links are only added: a guardian missing from a file keeps theirs). */
  guardians: (RosterGuardian & { isNew: boolean })[];
}

/** Applies an import to a school, in the caller's unit of work. Refused unless A administers S. */
export class ApplyRosterCommand extends Command<void> {
  constructor(
    readonly actorId: string,
    readonly schoolId: string,
    readonly changes: RosterChanges,
  ) {
    super();
  }
}

/** Someone an administrator may see in the console, with where they stand. */
export interface AdministeredPerson {
  id: string;
  role: PersonView['role'];
  classes: { id: string; name: string }[];
  /** The schools the person belongs to, among those listed (a pupil's, a parent's children's, a teacher's). */
  schoolIds?: string[];
  /** For a parent: their children of the schools listed, with their class there (null when between classes). */
  children?: { id: string; displayName: string; className: string | null; classId?: string | null }[];
}

/**
 * "Everyone A administers" (a school's when `schoolId` is given, else every school A runs: the director's, the
 * academy's) → AdministeredPerson[]. With `classId`, only that class's people: its pupils, its teachers and its
 * pupils' parents. Refused (403) when A runs no school, 404 when A does not run `schoolId` or the class's school.
 */
export class ListAdministeredPeopleQuery extends Query<AdministeredPerson[]> {
  constructor(
    readonly actorId: string,
    readonly schoolId: string | null,
    readonly classId: string | null = null,
  ) {
    super();
  }
}

/**
 * "May A manage each of these accounts?" for one administrative act → ids refused. `reset-password` and
 * `reissue-card` also allow a teacher for the pupils of their classes (access-rules: a teacher gives a pupil
 * a new card); `block` and `print` follow the Administration table only.
 */
export type AccountAct = 'block' | 'reset-password' | 'reissue-card' | 'print';
export class MayManageAccountsQuery extends Query<{ refused: string[]; unknown: string[] }> {
  constructor(
    readonly actorId: string,
    readonly targetIds: string[],
    readonly act: AccountAct,
  ) {
    super();
  }
}

// ---- school staff (teachers and directors come from the console, not from ONDE) ----

export type StaffRole = 'TEACHER' | 'SCHOOL_ADMIN';

/** POST /admin/schools/:schoolId/staff: a teacher (or, for an academy administrator, a director) joins the school. */
export interface CreateStaffRequest {
  firstName: string;
  lastName: string;
  role: StaffRole;
  email?: string;
}

export interface StaffToRegister {
  /** Chosen by the caller: the person's and the account's id. */
  id: string;
  role: StaffRole;
  firstName: string;
  lastName: string;
  email: string | null;
}

/**
 * A teacher or director joins school S (a teacher belongs to the school before any class is theirs; a director
 * also directs it). A director may register teachers of their school; an academy administrator, teachers and
 * directors of the academy's schools. In the caller's unit of work (the administration context opens the account).
 */
export class RegisterStaffCommand extends Command<void> {
  constructor(
    readonly actorId: string,
    readonly schoolId: string,
    readonly staff: StaffToRegister,
  ) {
    super();
  }
}
