import { type AdminSchoolView, Query } from '@preau/contracts';

/** The schools the actor runs, as the admin console shows them (AdminSchoolView extends SchoolView). */
export class ListAdministeredSchoolsQuery extends Query<AdminSchoolView[]> {
  constructor(readonly actorId: string) {
    super();
  }
}
