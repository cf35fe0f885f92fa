import { Command, type CreatedStaffView, type CreateStaffRequest } from '@preau/contracts';

/** POST /admin/schools/:schoolId/staff: a teacher (or a director) joins a school and gets an account to activate. */
export class CreateStaffCommand extends Command<CreatedStaffView> {
  constructor(
    readonly actorId: string,
    readonly schoolId: string,
    readonly request: CreateStaffRequest,
  ) {
    super();
  }
}
