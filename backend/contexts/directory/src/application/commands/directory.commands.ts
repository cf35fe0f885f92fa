import type { ChangeSettingsRequest, ModuleName } from '@preau/contracts';

export class SwitchModulesCommand {
  constructor(
    readonly actorId: string,
    readonly classId: string,
    readonly changes: Partial<Record<ModuleName, boolean>>,
  ) {}
}

export class ChangeClassSettingsCommand {
  constructor(
    readonly actorId: string,
    readonly classId: string,
    readonly changes: ChangeSettingsRequest,
  ) {}
}

export class RequestPartnershipCommand {
  constructor(
    readonly actorId: string,
    readonly classId: string,
    readonly partnerClassId: string,
  ) {}
}

export class AcceptPartnershipCommand {
  constructor(
    readonly actorId: string,
    readonly partnershipId: string,
  ) {}
}

export class EndPartnershipCommand {
  constructor(
    readonly actorId: string,
    readonly partnershipId: string,
  ) {}
}

export class SetSchoolSwitchesCommand {
  constructor(
    readonly actorId: string,
    readonly schoolId: string,
    readonly switches: Partial<Record<ModuleName, boolean>>,
  ) {}
}
