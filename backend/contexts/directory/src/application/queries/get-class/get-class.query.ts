import { type ClassView, Query } from '@preau/contracts';

export class GetClassQuery extends Query<ClassView> {
  constructor(
    readonly actorId: string,
    readonly classId: string,
  ) {
    super();
  }
}
