import type { GroupView } from '@preau/contracts';
import type { ClassSummary } from '@preau/contracts';
import type { SchoolView } from '@preau/contracts';
import type { ClassMembersView } from '@preau/contracts';
import { Query } from '@preau/contracts';
import type { ClassView } from '@preau/contracts';
/** The directory's own queries (HTTP reads); the cross-context ones are published in libs/contracts. */
export class GetClassQuery extends Query<ClassView> {
  constructor(
    readonly actorId: string,
    readonly classId: string,
  ) {
    super();
  }
}

export class GetClassMembersQuery extends Query<ClassMembersView> {
  constructor(
    readonly actorId: string,
    readonly classId: string,
  ) {
    super();
  }
}

export class ListAdministeredSchoolsQuery extends Query<SchoolView[]> {
  constructor(readonly actorId: string) {
    super();
  }
}

export class ListSchoolClassesQuery extends Query<ClassSummary[]> {
  constructor(
    readonly actorId: string,
    readonly schoolId: string,
  ) {
    super();
  }
}

export class ListGroupsQuery extends Query<GroupView[]> {
  constructor(
    readonly actorId: string,
    readonly classId: string,
  ) {
    super();
  }
}
