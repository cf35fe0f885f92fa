import { type AdminClassView, Command, type CreateClassRequest } from '@preau/contracts';

export class CreateClassCommand extends Command<AdminClassView> {
  constructor(
    readonly actorId: string,
    readonly schoolId: string,
    readonly request: CreateClassRequest,
  ) {
    super();
  }
}
