import { type AdminSchoolView, Query } from '@preau/contracts';

export class GetSchoolQuery extends Query<AdminSchoolView> {
  constructor(
    readonly actorId: string,
    readonly schoolId: string,
  ) {
    super();
  }
}
