import { type ChangeSettingsRequest, type ClassView, Command } from '@preau/contracts';

export class ChangeClassSettingsCommand extends Command<ClassView> {
  constructor(
    readonly actorId: string,
    readonly classId: string,
    readonly changes: ChangeSettingsRequest,
  ) {
    super();
  }
}
