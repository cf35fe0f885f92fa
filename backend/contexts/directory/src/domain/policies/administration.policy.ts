import { BusinessRuleViolation, rule, type Id } from '@preau/kernel';
import type { DirectoryGraph } from './directory-graph';

/**
 * The Administration table of docs/product/access-rules.md. Administrators manage accounts and structures; what they
 * may read of the content is decided by the class-access policy (nothing, for the academy admin).
 */

export const ADMINISTRATION_ACTIONS = [
  'structure.manage', // create / edit classes, move pupils
  'import', // import ONDE CSV, print login sheets
  'account.reset', // reset a password
  'account.block', // block / unblock an account
  'audit.read',
  'data.export', // export a person's data
  'data.erase', // erase a person's data
  'switches.manage', // emergency switches (module off for a school)
] as const;
export type AdministrationAction = (typeof ADMINISTRATION_ACTIONS)[number];

/** Only the academy admin exports or erases a person's data. */
const ACADEMY_ONLY: readonly AdministrationAction[] = ['data.export', 'data.erase'];

/** Schools a person administers: the schools they direct (school admin), those of their academy (academy admin). */
export function schoolsAdministeredBy(graph: DirectoryGraph, personId: Id): Id[] {
  switch (graph.roleOf(personId)) {
    case 'SCHOOL_ADMIN':
      return [...graph.schoolsDirectedBy(personId)];
    case 'ACADEMY_ADMIN':
      return [...new Set(graph.academiesAdministeredBy(personId).flatMap((a) => graph.schoolsOfAcademy(a)))];
    default:
      return [];
  }
}

export function mayAdministerSchool(graph: DirectoryGraph, personId: Id, schoolId: Id, action: AdministrationAction): boolean {
  const school = graph.school(schoolId);
  if (!school) return false;
  const role = graph.roleOf(personId);
  if (role === 'ACADEMY_ADMIN') return graph.academiesAdministeredBy(personId).includes(school.academyId);
  if (role === 'SCHOOL_ADMIN') return school.directorIds.includes(personId) && !ACADEMY_ONLY.includes(action);
  return false;
}

/** The schools an account belongs to: where they learn, teach, direct, or have a child. */
export function schoolsOfAccount(graph: DirectoryGraph, personId: Id): Id[] {
  return [
    ...new Set([
      ...graph.schoolsOfPupil(personId),
      ...graph.schoolsWhereTeaches(personId),
      ...graph.schoolsDirectedBy(personId),
      ...graph.childrenOf(personId).flatMap((c) => graph.schoolsOfPupil(c)),
    ]),
  ];
}

/**
 * May the actor reset the password of / block / unblock the target's account?
 * A school admin: accounts of their own school, but not other admins (nor themselves).
 * An academy admin: accounts of the schools of their academy, school admins included, but not another
 * academy admin (nor themselves): the table gives no one power over a peer.
 */
export function mayManageAccount(graph: DirectoryGraph, actorId: Id, targetId: Id): boolean {
  const target = graph.person(targetId);
  if (!target || actorId === targetId) return false;
  const role = graph.roleOf(actorId);
  if (role === 'SCHOOL_ADMIN' && (target.role === 'SCHOOL_ADMIN' || target.role === 'ACADEMY_ADMIN')) return false;
  if (role === 'ACADEMY_ADMIN' && target.role === 'ACADEMY_ADMIN') return false;
  const administered = schoolsAdministeredBy(graph, actorId);
  return schoolsOfAccount(graph, targetId).some((s) => administered.includes(s));
}

/** Is the target a pupil of one of the classes the actor teaches? */
function teachesPupil(graph: DirectoryGraph, actorId: Id, targetId: Id): boolean {
  return graph.person(targetId)?.role === 'PUPIL' && graph.classesTaughtBy(actorId).some((c) => graph.pupilsOf(c).includes(targetId));
}

/** The administrative acts on an account (`AccountAct` of the contracts, repeated: the domain imports no contracts code). */
export type AccountAct = 'block' | 'reset-password' | 'reissue-card' | 'print';

/**
 * May the actor do this act on the target's account? Every act needs what `mayManageAccount` asks; besides:
 * - `reset-password`, `reissue-card`: a teacher may also for the pupils of the classes they teach (a new card);
 * - `print` (login sheets, letters to families) follows the `import` action: the school's director, the academy's
 *   administrator (docs/product/access-rules.md, Administration); and a teacher for the pupils of the classes they
 *   teach (their class's login sheets: the cards they reissue, docs/decisions/0010). Never a parent's letter for a
 *   teacher: only pupils' credentials, and the family-letters route reads the school roster, which teachers are refused.
 */
export function mayDoAccountAct(graph: DirectoryGraph, actorId: Id, targetId: Id, act: AccountAct): boolean {
  const target = graph.person(targetId);
  if (!target || actorId === targetId) return false;
  switch (act) {
    case 'block':
      return mayManageAccount(graph, actorId, targetId);
    case 'reset-password':
    case 'reissue-card':
      return mayManageAccount(graph, actorId, targetId) || teachesPupil(graph, actorId, targetId);
    case 'print':
      return (
        (mayManageAccount(graph, actorId, targetId) &&
          schoolsOfAccount(graph, targetId).some((s) => mayAdministerSchool(graph, actorId, s, 'import'))) ||
        teachesPupil(graph, actorId, targetId)
      );
    default:
      return false;
  }
}

/**
 * May the actor even know the target exists? Someone who administers no school is refused outright (403: they
 * learn nothing); an administrator asking about an account outside their schools may not know it exists (404).
 * A teacher knows the pupils of their classes.
 */
export function mayKnowAccount(graph: DirectoryGraph, actorId: Id, targetId: Id): boolean {
  const administered = schoolsAdministeredBy(graph, actorId);
  if (administered.length === 0) return true;
  const schools = schoolsOfAccount(graph, targetId);
  return administered.some((s) => schools.includes(s)) || mayManageAccount(graph, actorId, targetId);
}

export const ADMINISTRATION_RULES = {
  SchoolMustExist: 'NOT_FOUND',
  SchoolMustBeAdministeredByActor: 'FORBIDDEN',
  AccountMustExist: 'NOT_FOUND',
  AccountMustBeManageableByActor: 'FORBIDDEN',
} as const;
export type AdministrationRule = keyof typeof ADMINISTRATION_RULES;

function refuse(name: AdministrationRule, message: string, facts: Record<string, unknown>): never {
  const violation = new BusinessRuleViolation(rule(name, ADMINISTRATION_RULES[name], message, () => true));
  Object.assign(violation.details, facts);
  throw violation;
}

/** Throws NOT_FOUND (unknown school) or FORBIDDEN unless the person may do the action for the school. */
export function checkAdministerSchool(graph: DirectoryGraph, personId: Id, schoolId: Id, action: AdministrationAction): void {
  if (!graph.school(schoolId)) refuse('SchoolMustExist', 'School not found.', { schoolId });
  if (!mayAdministerSchool(graph, personId, schoolId, action)) {
    refuse('SchoolMustBeAdministeredByActor', `Not allowed to ${action} for this school.`, { schoolId, action });
  }
}

/** Throws NOT_FOUND (unknown account) or FORBIDDEN unless the actor may reset / block the target's account. */
export function checkManageAccount(graph: DirectoryGraph, actorId: Id, targetId: Id): void {
  if (!graph.person(targetId)) refuse('AccountMustExist', 'Account not found.', { targetId });
  if (!mayManageAccount(graph, actorId, targetId)) {
    refuse('AccountMustBeManageableByActor', 'Not allowed to manage this account.', { targetId });
  }
}
