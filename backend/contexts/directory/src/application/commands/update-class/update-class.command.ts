import { type AdminClassView, Command, type UpdateClassRequest } from '@preau/contracts';

export class UpdateClassCommand extends Command<AdminClassView> {
  constructor(
    readonly actorId: string,
    readonly classId: string,
    readonly changes: UpdateClassRequest,
  ) {
    super();
  }
}
