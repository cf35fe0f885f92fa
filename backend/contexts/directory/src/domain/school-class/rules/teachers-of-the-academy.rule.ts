import { type BusinessRule, type Id, rule } from '@preau/kernel';
import type { DirectoryGraph } from '../../policies/directory-graph';
import { outsidersOfAcademy } from '../../school/rules/staff-of-the-academy.rule';

/**
 * Rule TeachersAreStaffOfTheAcademy: a class's teachers are TEACHER (or SCHOOL_ADMIN) accounts who already teach or
 * direct in one of the school's academy's schools. 400, naming the field, whoever the outsider is.
 */
export function teachersAreStaffOfTheAcademy(
  graph: DirectoryGraph,
  teacherIds: readonly Id[],
  academyId: Id,
): BusinessRule {
  return rule(
    'TeachersAreStaffOfTheAcademy',
    'VALIDATION_FAILED',
    "A class's teachers are teachers or directors already working in the school's academy.",
    () => outsidersOfAcademy(graph, teacherIds, academyId, ['TEACHER', 'SCHOOL_ADMIN']).length > 0,
    'teacherIds',
  );
}
