import type { SchoolView } from '@preau/contracts';
import type { PartnershipView } from '@preau/contracts';
import { Command } from '@preau/contracts';
import type { ClassView } from '@preau/contracts';
import type { ChangeSettingsRequest, ModuleName } from '@preau/contracts';

export class SwitchModulesCommand extends Command<ClassView> {
  constructor(
    readonly actorId: string,
    readonly classId: string,
    readonly changes: Partial<Record<ModuleName, boolean>>,
  ) {
    super();
  }
}

export class ChangeClassSettingsCommand extends Command<ClassView> {
  constructor(
    readonly actorId: string,
    readonly classId: string,
    readonly changes: ChangeSettingsRequest,
  ) {
    super();
  }
}

export class RequestPartnershipCommand extends Command<PartnershipView> {
  constructor(
    readonly actorId: string,
    readonly classId: string,
    readonly partnerClassId: string,
  ) {
    super();
  }
}

export class AcceptPartnershipCommand extends Command<PartnershipView> {
  constructor(
    readonly actorId: string,
    readonly partnershipId: string,
  ) {
    super();
  }
}

export class EndPartnershipCommand extends Command<void> {
  constructor(
    readonly actorId: string,
    readonly partnershipId: string,
  ) {
    super();
  }
}

export class SetSchoolSwitchesCommand extends Command<SchoolView> {
  constructor(
    readonly actorId: string,
    readonly schoolId: string,
    readonly switches: Partial<Record<ModuleName, boolean>>,
  ) {
    super();
  }
}
