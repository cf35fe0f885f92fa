import { BusinessRuleViolation, type Id, rule } from '@preau/kernel';
import { type AdministrationAction, mayAdministerSchool } from '../../policies/administration.policy';
import type { DirectoryGraph } from '../../policies/directory-graph';

/** Does the person administer anything at all: a school they direct, an academy they run? */
export function administersAnything(graph: DirectoryGraph, personId: Id): boolean {
  switch (graph.roleOf(personId)) {
    case 'SCHOOL_ADMIN':
      return graph.schoolsDirectedBy(personId).length > 0;
    case 'ACADEMY_ADMIN':
      return graph.academiesAdministeredBy(personId).length > 0;
    default:
      return false;
  }
}

function refuse(name: string, code: 'NOT_FOUND' | 'FORBIDDEN', message: string, facts: Record<string, unknown>): never {
  const violation = new BusinessRuleViolation(rule(name, code, message, () => true));
  Object.assign(violation.details, facts);
  throw violation;
}

/**
 * docs/product/access-rules.md, section 5: an administrator who asks about a school outside their reach gets 404
 * (they may not know it exists: `SchoolMustBeInReach`); someone who administers nothing gets 403
 * (`OnlyAdministratorsRunSchools`); an unknown school is 404 (`SchoolMustExist`).
 */
export function checkSchoolInReach(
  graph: DirectoryGraph,
  actorId: Id,
  schoolId: Id,
  action: AdministrationAction,
): void {
  if (!graph.school(schoolId)) refuse('SchoolMustExist', 'NOT_FOUND', 'School not found.', { schoolId });
  if (mayAdministerSchool(graph, actorId, schoolId, action)) return;
  if (administersAnything(graph, actorId))
    refuse('SchoolMustBeInReach', 'NOT_FOUND', 'School not found.', { schoolId });
  refuse('OnlyAdministratorsRunSchools', 'FORBIDDEN', `Not allowed to ${action} for this school.`, {
    schoolId,
    action,
  });
}
