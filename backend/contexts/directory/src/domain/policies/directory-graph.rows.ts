import type { Id } from '@preau/kernel';
import type { ClassSettings, ModuleName, Role } from '@preau/contracts';

/** The rows a DirectoryGraph is built from: plain data, as the repositories read them. */

export interface PersonNode {
  id: Id;
  role: Role;
  displayName: string;
}

export interface AcademyNode {
  id: Id;
  name: string;
}

export interface SchoolNode {
  id: Id;
  academyId: Id;
  name: string;
  directorIds: Id[];
  /** Emergency switches: `false` = the module is off for the whole school. Absent = left to the classes. */
  switches: Partial<Record<ModuleName, boolean>>;
}

export interface ClassNode {
  id: Id;
  schoolId: Id;
  name: string;
  modules: Record<ModuleName, boolean>;
  settings: ClassSettings;
  /** Teachers of the class: TEACHER accounts, or a SCHOOL_ADMIN who also teaches it. */
  teacherIds: Id[];
  pupilIds: Id[];
}

export interface GroupNode {
  id: Id;
  classId: Id;
  name: string;
  pupilIds: Id[];
}

export interface AcademyAdminRow {
  academyId: Id;
  personId: Id;
}

export interface GuardianshipRow {
  parentId: Id;
  pupilId: Id;
}

/** A partnership as stored; only `active` ones count (a pending request grants nothing). */
export interface PartnershipRow {
  requesterClassId: Id;
  partnerClassId: Id;
  status: 'pending' | 'active';
}

/** A teacher (or director) who belongs to a school, whether or not a class of it is theirs yet. */
export interface SchoolStaffRow {
  schoolId: Id;
  personId: Id;
}

export interface DirectoryGraphRows {
  people: PersonNode[];
  academies: AcademyNode[];
  academyAdmins: AcademyAdminRow[];
  schools: SchoolNode[];
  classes: ClassNode[];
  guardianships: GuardianshipRow[];
  partnerships: PartnershipRow[];
  groups?: GroupNode[];
  /** Absent: no one belongs to a school other than through its classes and directors. */
  schoolStaff?: SchoolStaffRow[];
}
