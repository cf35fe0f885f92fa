import { Command, type ModuleName, type SchoolView } from '@preau/contracts';

export class SetSchoolSwitchesCommand extends Command<SchoolView> {
  constructor(
    readonly actorId: string,
    readonly schoolId: string,
    readonly switches: Partial<Record<ModuleName, boolean>>,
  ) {
    super();
  }
}
