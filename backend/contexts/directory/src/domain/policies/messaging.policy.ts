import type { Id } from '@preau/kernel';
import { allowedRecipients } from './communication.policy';
import type { ClassNode, DirectoryGraph } from './directory-graph';

/**
 * What messaging needs to know of people beyond "who may write to whom": whether messaging is switched
 * on for them, a pupil's class (its teachers moderate, it may hold pupils' messages), the classes a
 * teacher teaches, and the ready-made sets of recipients of the picker.
 */

function messagingOnInClass(graph: DirectoryGraph, cls: ClassNode | undefined): boolean {
  if (!cls) return false;
  return cls.modules.messaging && graph.school(cls.schoolId)?.switches.messaging !== false;
}

function schoolOn(graph: DirectoryGraph, schoolId: Id): boolean {
  return graph.school(schoolId)?.switches.messaging !== false;
}

/**
 * Rule MessagingSwitchedOn: a pupil uses messaging when their class's module is on and their school's
 * emergency switch is not off; a teacher or director when none of their schools is switched off (a
 * class's module governs its pupils, not its teacher's exchanges with colleagues and families); a
 * parent when at least one child's class has messaging on; an academy administrator always.
 */
export function messagingOn(graph: DirectoryGraph, personId: Id): boolean {
  switch (graph.roleOf(personId)) {
    case 'PUPIL': {
      const classes = graph.classesOfPupil(personId);
      return classes.length > 0 && classes.every((c) => messagingOnInClass(graph, graph.class(c)));
    }
    case 'TEACHER':
    case 'SCHOOL_ADMIN': {
      const schools = new Set([...graph.schoolsWhereTeaches(personId), ...graph.schoolsDirectedBy(personId)]);
      return [...schools].every((s) => schoolOn(graph, s));
    }
    case 'PARENT':
      return graph.childrenOf(personId).some((child) => graph.classesOfPupil(child).some((c) => messagingOnInClass(graph, graph.class(c))));
    case 'ACADEMY_ADMIN':
      return true;
    default:
      return false;
  }
}

/** A pupil's class as messaging sees it: whose teachers moderate, and whether it holds pupils' messages. */
export function pupilClassOf(graph: DirectoryGraph, personId: Id): { classId: Id; holdPupilMessages: boolean; teacherIds: Id[] } | null {
  if (graph.roleOf(personId) !== 'PUPIL') return null;
  const cls = graph.class(graph.classesOfPupil(personId)[0] ?? '');
  return cls ? { classId: cls.id, holdPupilMessages: cls.settings.holdPupilMessages, teacherIds: [...cls.teacherIds] } : null;
}

export interface RecipientGroup {
  id: string;
  kind: 'class-pupils' | 'class-families' | 'class-teachers' | 'pupil-group' | 'school-staff';
  classId: Id | null;
  schoolId: Id | null;
  memberIds: Id[];
}

/**
 * The ready-made sets of recipients the sender may pick at once: for each class they teach (or, for a
 * director, each class of their school) its pupils, its families and its pupil groups; for a teacher
 * or director, the staff of their school; for a pupil, their own class. Each set keeps only the people
 * the sender may write to, and empty sets are left out.
 */
export function recipientGroups(graph: DirectoryGraph, senderId: Id): RecipientGroup[] {
  const allowed = allowedRecipients(graph, senderId);
  const keep = (ids: Iterable<Id>) => [...new Set(ids)].filter((id) => allowed.has(id));
  const groups: RecipientGroup[] = [];
  const add = (g: RecipientGroup) => {
    if (g.memberIds.length > 0) groups.push(g);
  };
  const classIds = new Set([...graph.classesTaughtBy(senderId), ...graph.schoolsDirectedBy(senderId).flatMap((s) => graph.classesOfSchool(s))]);
  for (const classId of classIds) {
    const cls = graph.class(classId);
    if (!cls) continue;
    add({ id: `class-pupils:${classId}`, kind: 'class-pupils', classId, schoolId: cls.schoolId, memberIds: keep(graph.pupilsOf(classId)) });
    add({ id: `class-families:${classId}`, kind: 'class-families', classId, schoolId: cls.schoolId, memberIds: keep(graph.familyOf(classId)) });
    for (const groupId of graph.groupsOfClass(classId)) {
      const group = graph.group(groupId);
      if (group) add({ id: `pupil-group:${groupId}`, kind: 'pupil-group', classId, schoolId: cls.schoolId, memberIds: keep(group.pupilIds) });
    }
  }
  for (const classId of graph.classesOfPupil(senderId)) {
    const cls = graph.class(classId);
    if (!cls) continue;
    add({ id: `class-pupils:${classId}`, kind: 'class-pupils', classId, schoolId: cls.schoolId, memberIds: keep(graph.pupilsOf(classId)) });
    add({ id: `class-teachers:${classId}`, kind: 'class-teachers', classId, schoolId: cls.schoolId, memberIds: keep(graph.teachersOf(classId)) });
  }
  const staffSchools = new Set([...graph.schoolsWhereTeaches(senderId), ...graph.schoolsDirectedBy(senderId)]);
  for (const schoolId of staffSchools) {
    add({ id: `school-staff:${schoolId}`, kind: 'school-staff', classId: null, schoolId, memberIds: keep(graph.staffOfSchool(schoolId)) });
  }
  return groups;
}

/** The schools a person belongs to: where a pupil is enrolled, a teacher teaches, a director directs, a parent's children go. */
export function schoolsOfPerson(graph: DirectoryGraph, personId: Id): Id[] {
  const schools = [
    ...graph.schoolsOfPupil(personId),
    ...graph.schoolsWhereTeaches(personId),
    ...graph.schoolsDirectedBy(personId),
    ...graph.childrenOf(personId).flatMap((child) => graph.schoolsOfPupil(child)),
  ];
  return [...new Set(schools)];
}
