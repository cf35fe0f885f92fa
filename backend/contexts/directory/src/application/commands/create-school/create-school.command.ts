import { type AdminSchoolView, Command, type CreateSchoolRequest } from '@preau/contracts';

export class CreateSchoolCommand extends Command<AdminSchoolView> {
  constructor(
    readonly actorId: string,
    readonly request: CreateSchoolRequest,
  ) {
    super();
  }
}
