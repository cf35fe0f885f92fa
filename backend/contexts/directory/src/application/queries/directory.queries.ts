/** The directory's own queries (HTTP reads); the cross-context ones are published in libs/contracts. */
export class GetClassQuery {
  constructor(
    readonly actorId: string,
    readonly classId: string,
  ) {}
}

export class GetClassMembersQuery {
  constructor(
    readonly actorId: string,
    readonly classId: string,
  ) {}
}

export class ListAdministeredSchoolsQuery {
  constructor(readonly actorId: string) {}
}

export class ListSchoolClassesQuery {
  constructor(
    readonly actorId: string,
    readonly schoolId: string,
  ) {}
}

export class ListGroupsQuery {
  constructor(
    readonly actorId: string,
    readonly classId: string,
  ) {}
}
