import { type GroupView, Query } from '@preau/contracts';

export class ListGroupsQuery extends Query<GroupView[]> {
  constructor(
    readonly actorId: string,
    readonly classId: string,
  ) {
    super();
  }
}
