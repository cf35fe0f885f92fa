import { type ClassMembersView, Query } from '@preau/contracts';

export class GetClassMembersQuery extends Query<ClassMembersView> {
  constructor(
    readonly actorId: string,
    readonly classId: string,
  ) {
    super();
  }
}
