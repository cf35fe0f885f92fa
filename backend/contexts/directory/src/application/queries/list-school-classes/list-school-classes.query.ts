import { type ClassSummary, Query } from '@preau/contracts';

export class ListSchoolClassesQuery extends Query<ClassSummary[]> {
  constructor(
    readonly actorId: string,
    readonly schoolId: string,
  ) {
    super();
  }
}
