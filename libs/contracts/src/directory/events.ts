import { defineEvent } from '../events';
import type { ClassSettings, ModuleName } from './index';

export interface ModulesSwitchedPayload {
  classId: string;
  schoolId: string;
  changes: Partial<Record<ModuleName, boolean>>;
}
export interface SettingsChangedPayload {
  classId: string;
  schoolId: string;
  changes: Partial<ClassSettings>;
}
export interface PartnershipPayload {
  partnershipId: string;
  classId: string;
  partnerClassId: string;
  schoolId?: string;
}
export interface SchoolSwitchesChangedPayload {
  schoolId: string;
  changes: Record<string, boolean>;
}

/** Integration events of the directory context. */
export const DirectoryEvents = {
  ModulesSwitched: defineEvent<ModulesSwitchedPayload>('directory.modules-switched'),
  SettingsChanged: defineEvent<SettingsChangedPayload>('directory.settings-changed'),
  PartnershipRequested: defineEvent<PartnershipPayload>('directory.partnership-requested'),
  PartnershipAccepted: defineEvent<PartnershipPayload>('directory.partnership-accepted'),
  PartnershipEnded: defineEvent<PartnershipPayload>('directory.partnership-ended'),
  SchoolSwitchesChanged: defineEvent<SchoolSwitchesChangedPayload>('directory.school-switches-changed'),
} as const;
