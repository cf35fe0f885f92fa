import { type AdminClassView, Query } from '@preau/contracts';

/** The current year's classes of a school, as the admin console shows them (AdminClassView extends ClassSummary). */
export class ListSchoolClassesQuery extends Query<AdminClassView[]> {
  constructor(
    readonly actorId: string,
    readonly schoolId: string,
  ) {
    super();
  }
}
