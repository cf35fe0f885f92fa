import { type ClassView, Command, type ModuleName } from '@preau/contracts';

export class SwitchModulesCommand extends Command<ClassView> {
  constructor(
    readonly actorId: string,
    readonly classId: string,
    readonly changes: Partial<Record<ModuleName, boolean>>,
  ) {
    super();
  }
}
