import { Command, Query } from '../messages';
import type { Role } from '../identity';
import type { SchoolLevel } from './structures';

export const MODULES = ['blog', 'messaging', 'media', 'homework', 'liaison', 'calendar'] as const;
export type ModuleName = (typeof MODULES)[number];
export type ModuleSwitches = Record<ModuleName, boolean>;

export const COMMENT_MODERATION = ['held', 'immediate', 'off'] as const;
export type CommentModeration = (typeof COMMENT_MODERATION)[number];

export interface ClassSettings {
  commentModeration: CommentModeration;
  holdPupilMessages: boolean;
  shareBlogWithPartners: boolean;
}

export interface ClassView {
  id: string;
  name: string;
  schoolId: string;
  schoolName: string;
  modules: ModuleSwitches;
  /** Modules switched off for the whole school by an emergency switch. */
  schoolSwitches: Partial<ModuleSwitches>;
  settings: ClassSettings;
  /** What the caller may do here (for the UI; the server checks again on every call). */
  permissions: ClassAction[];
}

export type SwitchModulesRequest = Partial<ModuleSwitches>;

export interface ChangeSettingsRequest {
  commentModeration?: CommentModeration;
  holdPupilMessages?: boolean;
  shareBlogWithPartners?: boolean;
}

export interface PersonView {
  id: string;
  displayName: string;
  role: Role;
}

export interface ClassMembersView {
  pupils: PersonView[];
  teachers: PersonView[];
  /** Only for the class's teachers and the school's staff. */
  parents?: (PersonView & { childIds: string[] })[];
}

export interface PartnershipView {
  id: string;
  requesterClassId: string;
  partnerClassId: string;
  status: 'pending' | 'active';
}

export interface SchoolView {
  id: string;
  name: string;
  academyId: string;
  switches: ModuleSwitches;
}

/**
 * Every action of the module matrix (docs/product/access-rules.md), plus the directory's own.
 * Other contexts ask "what may A do in class C?" and check the action they need.
 */
export const CLASS_ACTIONS = [
  'class.read',
  'class.members.read',
  'class.parents.read',
  'class.modules.switch',
  'class.settings.change',
  'class.partnership.manage',
  'blog.read',
  'blog.write',
  'blog.moderate',
  'blog.comment',
  'blog.comment.moderate',
  'homework.read',
  'homework.write',
  'homework.tick',
  'liaison.read',
  'liaison.write',
  'liaison.sign',
  'liaison.signatures.read',
  'calendar.read',
  'calendar.write',
  'media.class.read',
  'media.class.share',
  'messaging.use',
] as const;
export type ClassAction = (typeof CLASS_ACTIONS)[number];

/** How a person stands to a class: drives the module matrix. */
export type ClassRelation =
  | 'pupil'
  | 'parent'
  | 'teacher'
  | 'partner-member'
  | 'school-admin'
  | 'academy-admin'
  | 'none';

export interface ClassAccess {
  classId: string;
  schoolId: string | null;
  /** False when the class does not exist or the caller may not know about it (answer 404). */
  known: boolean;
  relations: ClassRelation[];
  modules: ModuleSwitches;
  /** Actions allowed by the matrix, before module switches. */
  allowed: ClassAction[];
  /** The class's settings (null when the class is unknown to the caller). */
  settings: ClassSettings | null;
}

/** Which module an action belongs to (null: directory actions, never switched off). */
export function moduleOf(action: ClassAction): ModuleName | null {
  const prefix = action.split('.')[0];
  return (MODULES as readonly string[]).includes(prefix) ? (prefix as ModuleName) : null;
}

// ---- cross-context queries, dispatched on the query bus; the directory answers them ----

/** "What may A do in class C?" → ClassAccess */
export class GetClassAccessQuery extends Query<ClassAccess> {
  constructor(
    readonly personId: string,
    readonly classId: string,
  ) {
    super();
  }
}

/** "May A write to B?" → { allowed: boolean } */
export class MayWriteToQuery extends Query<{ allowed: boolean }> {
  constructor(
    readonly senderId: string,
    readonly recipientId: string,
  ) {
    super();
  }
}

/** "Whom may A write to?" → PickableRecipientView[] */
export class ListAllowedRecipientsQuery extends Query<PickableRecipientView[]> {
  constructor(
    readonly senderId: string,
    readonly search?: string,
  ) {
    super();
  }
}

export interface RecipientView extends PersonView {
  /** e.g. "CE2 A" for a pupil or teacher, "parent of Léa" for a parent. */
  context: string;
}

/** Someone the picker offers, with the classes they stand in: a picker groups by class id, never by `context`'s words. */
export interface PickableRecipientView extends RecipientView {
  /** A pupil's class; the classes a teacher teaches; none for a parent or a director who teaches no class. */
  classes: { id: string; name: string }[];
}

/** A ready-made set of recipients for the picker ("Élèves de CE2 A", "Familles de CE2 A", a pupil group). */
export interface RecipientGroupView {
  id: string;
  kind: 'class-pupils' | 'class-families' | 'class-teachers' | 'pupil-group' | 'school-staff';
  /**
   * The class's, group's or school's own name ("CE2 A", "Lecteurs débutants", "École Jules Ferry"): the client words
   * it by `kind` in the reader's language ("Élèves de CE2 A", "Familles de CE2 A", "Équipe de l'école Jules Ferry").
   */
  name: string;
  /** The class the set belongs to (null for a school's staff). */
  classId: string | null;
  /** Only people the sender may write to. */
  memberIds: string[];
}

/** "Which ready-made sets of recipients does A have?" → RecipientGroupView[] (each filtered by the communication rules) */
export class ListRecipientGroupsQuery extends Query<RecipientGroupView[]> {
  constructor(readonly senderId: string) {
    super();
  }
}

/**
 * "May A write to each of these people, and may they all write to each other?" (one directory read for a whole
 * message) → MessageAddressing
 */
export class AddressMessageQuery extends Query<MessageAddressing> {
  constructor(
    readonly senderId: string,
    readonly recipientIds: string[],
  ) {
    super();
  }
}

export interface MessageAddressing {
  /** Those of the recipients the sender may not write to (unknown ids included, so existence does not leak). */
  refused: string[];
  /** True when the recipients may not all write to each other: each one's reply goes to the sender only. */
  broadcast: boolean;
  /** The sender then the known recipients, described as `DescribeMessagingPeopleQuery` does (same read). */
  people: MessagingPerson[];
}

/** How these people stand for messaging → MessagingPerson[] (in the order asked; unknown ids left out). */
export class DescribeMessagingPeopleQuery extends Query<MessagingPerson[]> {
  constructor(readonly personIds: string[]) {
    super();
  }
}

export interface MessagingPerson extends RecipientView {
  /** Set for a pupil: their class, and whether it holds pupils' messages for a teacher. */
  pupilClass: { classId: string; holdPupilMessages: boolean; teacherIds: string[] } | null;
  /** The classes a teacher (or teaching director) teaches. */
  taughtClassIds: string[];
  /** The schools they belong to (a pupil's, a teacher's or director's, a parent's children's): the audit log files their acts there. */
  schoolIds: string[];
  /**
   * False when messaging is switched off for them: a pupil's class module or school switch; a teacher's or
   * director's school switch; for a parent, every child's class or school switched off.
   */
  messagingOn: boolean;
}

/** "Who teaches class C now?" → string[] (teacher ids; empty for an unknown class). For server-side fan-out, never a route. */
export class ListClassTeachersQuery extends Query<string[]> {
  constructor(readonly classId: string) {
    super();
  }
}

/**
 * "Who are the pupils of class C now?" → string[] (pupil ids; empty for an unknown class). Server-side only, never a
 * route: the caller has decided who may act on them (the administration context reprints a class's cards).
 */
export class ListClassPupilsQuery extends Query<string[]> {
  constructor(readonly classId: string) {
    super();
  }
}

/** Where a person stands in the structures: answers the schools/classes/children of GET /me. */
export class GetPlacementQuery extends Query<Placement> {
  constructor(readonly personId: string) {
    super();
  }
}

export interface Placement {
  schools: { id: string; name: string }[];
  classes: { id: string; name: string; schoolId: string }[];
  children: { id: string; displayName: string; classId: string | null; className: string | null }[];
}

export interface ClassSummary {
  id: string;
  name: string;
  schoolId: string;
  teachers: PersonView[];
  pupilCount: number;
}

/**
 * A whole structure to provision in one transaction (demo academy now, ONDE imports later):
 * people are referenced by their account ids.
 */
export interface StructureToProvision {
  academy: { id: string; name: string };
  schoolYear: { id: string; startsOn: string; endsOn: string };
  people: { id: string; displayName: string; role: Role }[];
  academyAdminIds: string[];
  schools: {
    id: string;
    name: string;
    directorIds: string[];
    classes: { id: string; name: string; teacherIds: string[]; pupilIds: string[]; settings: ClassSettings; levels?: SchoolLevel[] }[];
  }[];
  guardianships: { parentId: string; pupilId: string }[];
  /** Partnerships both teachers already agreed to. */
  partnerships: { classId: string; partnerClassId: string }[];
}

export class ProvisionStructureCommand extends Command<void> {
  constructor(readonly structure: StructureToProvision) {
    super();
  }
}

/** True when no academy exists yet (a fresh database). */
export class DirectoryIsEmptyQuery extends Query<boolean> {}

/** "May A reset or block B's account?" (Administration table) → { known: boolean; allowed: boolean } */
export class MayManageAccountQuery extends Query<{ known: boolean; allowed: boolean }> {
  constructor(
    readonly actorId: string,
    readonly targetId: string,
  ) {
    super();
  }
}

/** A group of pupils inside a class (homework targeting, differentiated messages). */
export interface GroupView {
  id: string;
  classId: string;
  name: string;
  pupils: PersonView[];
}

export * from './events';
export * from './structures';
