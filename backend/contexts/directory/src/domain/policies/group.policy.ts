import { DomainError, type Id } from '@preau/kernel';
import { checkClassAction } from './class-access.policy';
import type { DirectoryGraph } from './directory-graph';

/**
 * Rule OnlyTheClassTeachersManageGroups (docs/product/access-rules.md, "Groups"): the class must be known to the
 * person (else NOT_FOUND), and taught by them (else FORBIDDEN). Reading the groups follows the same rule.
 */
export function checkManagesGroups(graph: DirectoryGraph, personId: Id, classId: Id): void {
  const decision = checkClassAction(graph, personId, classId, 'class.read');
  if (!decision.relations.includes('teacher')) {
    throw new DomainError('FORBIDDEN', 'Only the teachers of the class manage its groups.', { rule: 'OnlyTheClassTeachersManageGroups' });
  }
}
