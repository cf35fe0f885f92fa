import { type AdminSchoolView, Command, type UpdateSchoolRequest } from '@preau/contracts';

export class UpdateSchoolCommand extends Command<AdminSchoolView> {
  constructor(
    readonly actorId: string,
    readonly schoolId: string,
    readonly changes: UpdateSchoolRequest,
  ) {
    super();
  }
}
