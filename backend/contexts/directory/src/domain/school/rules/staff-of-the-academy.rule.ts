import { type BusinessRule, type Id, rule } from '@preau/kernel';
import type { DirectoryGraph } from '../../policies/directory-graph';
import type { Role } from '@preau/contracts';

/** Does the person teach or direct in one of the academy's schools (as far as the graph around them shows)? */
export function standsInAcademy(graph: DirectoryGraph, personId: Id, academyId: Id): boolean {
  return [...graph.schoolsDirectedBy(personId), ...graph.schoolsWhereTeaches(personId)].some(
    (schoolId) => graph.school(schoolId)?.academyId === academyId,
  );
}

/** The people among `personIds` who are not `roles` accounts teaching or directing in the academy. */
export function outsidersOfAcademy(
  graph: DirectoryGraph,
  personIds: readonly Id[],
  academyId: Id,
  roles: readonly Role[],
): Id[] {
  return personIds.filter((id) => {
    const role = graph.roleOf(id);
    return !role || !roles.includes(role) || !standsInAcademy(graph, id, academyId);
  });
}

/**
 * Rule DirectorsAreSchoolAdminsOfTheAcademy: a school's director is an existing SCHOOL_ADMIN account who already
 * directs or teaches in one of the academy's schools (the graph counts only SCHOOL_ADMIN directors; a new director
 * joins a school as staff, POST /admin/schools/:id/staff). 400, naming the field, whoever the outsider is.
 */
export function directorsAreSchoolAdminsOfTheAcademy(
  graph: DirectoryGraph,
  directorIds: readonly Id[],
  academyId: Id,
  field: string,
): BusinessRule {
  return rule(
    'DirectorsAreSchoolAdminsOfTheAcademy',
    'VALIDATION_FAILED',
    "A school's director is a director (SCHOOL_ADMIN) already working in the academy.",
    () => outsidersOfAcademy(graph, directorIds, academyId, ['SCHOOL_ADMIN']).length > 0,
    field,
  );
}
