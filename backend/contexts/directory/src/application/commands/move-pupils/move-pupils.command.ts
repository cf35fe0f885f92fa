import { type AdminClassView, Command } from '@preau/contracts';

export class MovePupilsCommand extends Command<AdminClassView> {
  constructor(
    readonly actorId: string,
    readonly classId: string,
    readonly pupilIds: string[],
  ) {
    super();
  }
}
