import { BusinessRuleViolation, rule, type Id } from '@preau/kernel';
import type { ClassAction, ClassRelation, ModuleName } from '@preau/contracts';
import type { ClassNode, DirectoryGraph } from './directory-graph';

/**
 * "What may A do in class C?": the module matrix of docs/product/access-rules.md plus the directory's own actions.
 * A person may stand to a class in several ways (a director who teaches it); they get the union.
 *
 * Some cells of the matrix are narrower than a class: a pupil reads only their own liaison notes and
 * ticks only their own tasks, a parent reads the notes for their own children. The action is granted
 * here at class level; the context owning the resource filters by person.
 */

/** Which module an action belongs to (null: directory actions, never switched off). Mirrors contracts' `moduleOf`. */
export const ACTION_MODULE: Readonly<Record<ClassAction, ModuleName | null>> = {
  'class.read': null,
  'class.members.read': null,
  'class.parents.read': null,
  'class.modules.switch': null,
  'class.settings.change': null,
  'class.partnership.manage': null,
  'blog.read': 'blog',
  'blog.write': 'blog',
  'blog.moderate': 'blog',
  'blog.comment': 'blog',
  'blog.comment.moderate': 'blog',
  'homework.read': 'homework',
  'homework.write': 'homework',
  'homework.tick': 'homework',
  'liaison.read': 'liaison',
  'liaison.write': 'liaison',
  'liaison.sign': 'liaison',
  'liaison.signatures.read': 'liaison',
  'calendar.read': 'calendar',
  'calendar.write': 'calendar',
  'media.class.read': 'media',
  'media.class.share': 'media',
  'messaging.use': 'messaging',
};
export const ALL_CLASS_ACTIONS = Object.keys(ACTION_MODULE) as ClassAction[];

export function moduleOfAction(action: ClassAction): ModuleName | null {
  return ACTION_MODULE[action] ?? null;
}

/**
 * How a person stands to a class. `school-colleague` (a teacher of another class of the same school) is
 * not a relation of the contracts' `ClassRelation`, so it is not reported in `relations` (alone, it reads
 * `['none']`), but it makes the class known and lets them read its members.
 */
type Standing = Exclude<ClassRelation, 'none'> | 'school-colleague';

const MATRIX: Record<Standing, (cls: ClassNode) => ClassAction[]> = {
  pupil: () => [
    'class.read', 'class.members.read', 'messaging.use',
    'blog.read', 'blog.write', 'blog.comment',
    'homework.read', 'homework.tick',
    'liaison.read',
    'calendar.read',
    'media.class.read',
  ],
  parent: () => [
    'class.read', 'class.members.read', 'messaging.use',
    'blog.read', 'blog.comment',
    'homework.read',
    'liaison.read', 'liaison.sign',
    'calendar.read',
    'media.class.read',
  ],
  teacher: () => ALL_CLASS_ACTIONS.filter((a) => a !== 'homework.tick' && a !== 'liaison.sign'),
  'partner-member': (cls) => (cls.settings.shareBlogWithPartners ? ['class.read', 'blog.read'] : ['class.read']),
  'school-admin': () => [
    'class.read', 'class.members.read', 'class.parents.read', 'class.modules.switch', 'class.settings.change',
    'blog.read',
    'homework.read',
    'liaison.read', 'liaison.write', 'liaison.signatures.read',
    'calendar.read', 'calendar.write',
    'media.class.read',
  ],
  // Administrators manage structures; they read no content.
  'academy-admin': () => ['class.read', 'class.members.read', 'class.parents.read'],
  'school-colleague': () => ['class.read', 'class.members.read'],
};

export interface ClassAccessDecision {
  classId: Id;
  schoolId: Id | null;
  /** False when the class does not exist or the person has no relation to it: answer 404, not 403. */
  known: boolean;
  /** The person's relations to the class (`['none']` when they have none in the module matrix). */
  relations: ClassRelation[];
  /** Actions allowed by the matrix, before module switches. */
  allowed: ClassAction[];
  /** `allowed` minus the actions of modules switched off (class switch or school emergency switch). */
  available: ClassAction[];
}

function standingsOf(graph: DirectoryGraph, personId: Id, cls: ClassNode): Standing[] {
  const role = graph.roleOf(personId);
  if (!role) return [];
  const school = graph.school(cls.schoolId);
  const standings: Standing[] = [];
  if (cls.pupilIds.includes(personId)) standings.push('pupil');
  if (graph.childrenOf(personId).some((child) => cls.pupilIds.includes(child))) standings.push('parent');
  if (cls.teacherIds.includes(personId)) standings.push('teacher');
  if (graph.classesOfMember(personId).some((c) => graph.arePartners(c, cls.id))) standings.push('partner-member');
  if (school?.directorIds.includes(personId)) standings.push('school-admin');
  if (school && graph.academiesAdministeredBy(personId).includes(school.academyId)) standings.push('academy-admin');
  // School staff read the members of every class of their school, whatever else they are to it.
  if (!standings.includes('teacher') && graph.teachersOfSchool(cls.schoolId).includes(personId)) {
    standings.push('school-colleague');
  }
  return standings;
}

export function classAccess(graph: DirectoryGraph, personId: Id, classId: Id): ClassAccessDecision {
  const cls = graph.class(classId);
  const standings = cls ? standingsOf(graph, personId, cls) : [];
  if (!cls || standings.length === 0) {
    return { classId, schoolId: null, known: false, relations: ['none'], allowed: [], available: [] };
  }
  const granted = new Set(standings.flatMap((s) => MATRIX[s](cls)));
  const allowed = ALL_CLASS_ACTIONS.filter((a) => granted.has(a));
  const relations = standings.filter((s): s is Exclude<ClassRelation, 'none'> => s !== 'school-colleague');
  return {
    classId,
    schoolId: cls.schoolId,
    known: true,
    relations: relations.length > 0 ? relations : ['none'],
    allowed,
    available: allowed.filter((a) => actionSwitchedOn(graph, classId, a)),
  };
}

/** A module is on for a class when the class switch is on and the school has not switched it off. */
export function moduleEnabled(graph: DirectoryGraph, classId: Id, module: ModuleName): boolean {
  const cls = graph.class(classId);
  if (!cls) return false;
  return cls.modules[module] === true && graph.school(cls.schoolId)?.switches[module] !== false;
}

function actionSwitchedOn(graph: DirectoryGraph, classId: Id, action: ClassAction): boolean {
  const module = moduleOfAction(action);
  return module === null || moduleEnabled(graph, classId, module);
}

export const CLASS_ACCESS_RULES = {
  ClassMustBeKnownToCaller: 'NOT_FOUND',
  ActionMustBeAllowedInClass: 'FORBIDDEN',
  ModuleMustBeOnInClass: 'MODULE_DISABLED',
  ModuleMustNotBeOffForSchool: 'MODULE_DISABLED',
} as const;
export type ClassAccessRule = keyof typeof CLASS_ACCESS_RULES;

function refuse(name: ClassAccessRule, message: string, facts: Record<string, unknown>): never {
  const violation = new BusinessRuleViolation(rule(name, CLASS_ACCESS_RULES[name], message, () => true));
  Object.assign(violation.details, facts);
  throw violation;
}

/**
 * Throws a DomainError (NOT_FOUND, FORBIDDEN or MODULE_DISABLED, `details.rule` naming the rule) unless
 * the person may do the action in the class now. Returns the decision for the caller's further use.
 */
export function checkClassAction(graph: DirectoryGraph, personId: Id, classId: Id, action: ClassAction): ClassAccessDecision {
  const access = classAccess(graph, personId, classId);
  if (!access.known) refuse('ClassMustBeKnownToCaller', 'Class not found.', { classId });
  if (!access.allowed.includes(action)) {
    refuse('ActionMustBeAllowedInClass', `Not allowed to ${action} in this class.`, { classId, action });
  }
  const module = moduleOfAction(action);
  if (module !== null && !moduleEnabled(graph, classId, module)) {
    const bySchool = graph.schoolOfClass(classId)?.switches[module] === false;
    refuse(
      bySchool ? 'ModuleMustNotBeOffForSchool' : 'ModuleMustBeOnInClass',
      bySchool ? `The ${module} module is switched off for the whole school.` : `The ${module} module is switched off in this class.`,
      { classId, action, module },
    );
  }
  return access;
}
