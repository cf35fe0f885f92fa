import { BusinessRuleViolation, rule, type Id } from '@preau/kernel';
import type { DirectoryGraph } from './directory-graph';

/**
 * The communication rules of docs/product/access-rules.md ("who may write to whom"), also the recipient picker.
 * Each row of the table is a named grant; a sender reaches the union of what their grants reach,
 * minus themselves. Deny by default: no grant, no message.
 */

export const COMMUNICATION_GRANTS = [
  'PupilWritesToOwnClass',
  'PupilWritesToPartnerClasses',
  'PupilWritesToOwnParents',
  'ParentWritesToChildrensTeachers',
  'ParentWritesToChildrensDirectors',
  'TeacherWritesToSchoolStaff',
  'TeacherWritesToOwnClass',
  'TeacherWritesToClassFamilies',
  'TeacherWritesToPartnerClasses',
  'SchoolAdminWritesToWholeSchool',
  'AcademyAdminWritesToSchoolStaff',
] as const;
export type CommunicationGrant = (typeof COMMUNICATION_GRANTS)[number];

export const COMMUNICATION_REFUSALS = [
  'SenderUnknown',
  'RecipientUnknown',
  'NeverWriteToOneself',
  'PupilNeverReachesOtherParents',
  'PupilNeverReachesOtherClasses',
  'NoRuleAllowsIt',
] as const;
export type CommunicationRefusal = (typeof COMMUNICATION_REFUSALS)[number];

type Reach = (graph: DirectoryGraph, senderId: Id) => Iterable<Id>;

// The graph keeps positions only for accounts of the right role (a pupil's classes are a PUPIL's, a
// teacher's classes a TEACHER's or a teaching SCHOOL_ADMIN's), so the grants need no role check.
const asPupil = (g: DirectoryGraph, id: Id) => g.classesOfPupil(id);
const asTeacher = (g: DirectoryGraph, id: Id) => g.classesTaughtBy(id);

const GRANTS: Record<CommunicationGrant, Reach> = {
  PupilWritesToOwnClass: (g, id) => asPupil(g, id).flatMap((c) => g.membersOf(c)),
  PupilWritesToPartnerClasses: (g, id) =>
    asPupil(g, id).flatMap((c) => g.partnerClassesOf(c).flatMap((p) => g.membersOf(p))),
  PupilWritesToOwnParents: (g, id) => g.parentsOf(id),
  ParentWritesToChildrensTeachers: (g, id) => g.classesOfChildren(id).flatMap((c) => g.teachersOf(c)),
  ParentWritesToChildrensDirectors: (g, id) =>
    g.childrenOf(id).flatMap((child) => g.schoolsOfPupil(child).flatMap((s) => g.directorsOf(s))),
  TeacherWritesToSchoolStaff: (g, id) => g.schoolsWhereTeaches(id).flatMap((s) => g.staffOfSchool(s)),
  TeacherWritesToOwnClass: (g, id) => asTeacher(g, id).flatMap((c) => g.membersOf(c)),
  TeacherWritesToClassFamilies: (g, id) => asTeacher(g, id).flatMap((c) => g.familyOf(c)),
  TeacherWritesToPartnerClasses: (g, id) =>
    asTeacher(g, id).flatMap((c) => g.partnerClassesOf(c).flatMap((p) => g.membersOf(p))),
  SchoolAdminWritesToWholeSchool: (g, id) =>
    g.schoolsDirectedBy(id).flatMap((s) => [...g.staffOfSchool(s), ...g.pupilsOfSchool(s), ...g.parentsOfSchool(s)]),
  AcademyAdminWritesToSchoolStaff: (g, id) =>
    g
      .academiesAdministeredBy(id)
      .flatMap((a) => g.schoolsOfAcademy(a))
      .flatMap((s) => [...g.directorsOf(s), ...g.teachersOfSchool(s)]),
};

/** Everyone the sender may start a conversation with (the recipient picker). Never the sender. */
export function allowedRecipients(graph: DirectoryGraph, senderId: Id): Set<Id> {
  const result = new Set<Id>();
  if (!graph.person(senderId)) return result;
  for (const reach of Object.values(GRANTS)) {
    for (const id of reach(graph, senderId)) {
      if (id !== senderId && graph.person(id)) result.add(id);
    }
  }
  return result;
}

export function mayWrite(graph: DirectoryGraph, senderId: Id, recipientId: Id): boolean {
  return explainRefusal(graph, senderId, recipientId) === null;
}

/** The grants (rows of the table) that let the sender write to the recipient; empty when refused. */
export function grantsFor(graph: DirectoryGraph, senderId: Id, recipientId: Id): CommunicationGrant[] {
  if (senderId === recipientId || !graph.person(senderId) || !graph.person(recipientId)) return [];
  return COMMUNICATION_GRANTS.filter((name) => [...GRANTS[name](graph, senderId)].includes(recipientId));
}

/** Why the sender may not write to the recipient, or null when they may. */
export function explainRefusal(graph: DirectoryGraph, senderId: Id, recipientId: Id): CommunicationRefusal | null {
  if (!graph.person(senderId)) return 'SenderUnknown';
  if (!graph.person(recipientId)) return 'RecipientUnknown';
  if (senderId === recipientId) return 'NeverWriteToOneself';
  if (grantsFor(graph, senderId, recipientId).length > 0) return null;
  if (graph.roleOf(senderId) === 'PUPIL') {
    const recipientRole = graph.roleOf(recipientId);
    if (recipientRole === 'PARENT') return 'PupilNeverReachesOtherParents';
    if (recipientRole === 'PUPIL') return 'PupilNeverReachesOtherClasses';
  }
  return 'NoRuleAllowsIt';
}

/**
 * A message to several people who may not all write to each other is a broadcast: each recipient gets
 * their own conversation with the sender, so that no reply reaches someone the rules keep apart.
 * "Write to each other" is read in both directions: a pupil may write to their parent but the parent
 * may not write to the pupil, so a message to both is a broadcast. The sender is not counted as a
 * recipient (a reply to the sender is always allowed inside a conversation).
 */
export function isBroadcast(graph: DirectoryGraph, senderId: Id, recipientIds: Iterable<Id>): boolean {
  const recipients = [...new Set(recipientIds)].filter((id) => id !== senderId);
  if (recipients.length < 2) return false;
  const reach = new Map(recipients.map((id) => [id, allowedRecipients(graph, id)]));
  return recipients.some((a) => recipients.some((b) => a !== b && !reach.get(a)?.has(b)));
}

/**
 * Throws RECIPIENT_NOT_ALLOWED (rule `RecipientsMustBeAllowed`) listing every refused recipient, or
 * does nothing. An unknown recipient is refused the same way, so existence does not leak.
 */
export function checkRecipients(graph: DirectoryGraph, senderId: Id, recipientIds: Iterable<Id>): void {
  const allowed = allowedRecipients(graph, senderId);
  const refused = [...new Set(recipientIds)].filter((id) => !allowed.has(id));
  if (refused.length === 0) return;
  const violation = new BusinessRuleViolation(
    rule('RecipientsMustBeAllowed', 'RECIPIENT_NOT_ALLOWED', 'Some recipients may not be written to.', () => true),
  );
  Object.assign(violation.details, {
    refused,
    reasons: Object.fromEntries(refused.map((id) => [id, explainRefusal(graph, senderId, id)])),
  });
  throw violation;
}
