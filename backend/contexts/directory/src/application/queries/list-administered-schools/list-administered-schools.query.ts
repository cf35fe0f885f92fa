import { Query, type SchoolView } from '@preau/contracts';

export class ListAdministeredSchoolsQuery extends Query<SchoolView[]> {
  constructor(readonly actorId: string) {
    super();
  }
}
