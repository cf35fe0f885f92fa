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

export interface SchoolPayload {
  schoolId: string;
  actorId: string;
}
export interface ClassPayload {
  classId: string;
  schoolId: string;
  actorId: string;
}
export interface PupilsMovedPayload {
  schoolId: string;
  classId: string;
  actorId: string;
  pupilIds: string[];
}
export interface RosterAppliedPayload {
  schoolId: string;
  actorId: string;
  classesCreated: number;
  pupilsCreated: number;
  pupilsUpdated: number;
  pupilsLeft: number;
  guardiansCreated: number;
}

/** Integration events of the directory context. */
export const DirectoryEvents = {
  ModulesSwitched: defineEvent<ModulesSwitchedPayload>('directory.modules-switched'),
  SettingsChanged: defineEvent<SettingsChangedPayload>('directory.settings-changed'),
  PartnershipRequested: defineEvent<PartnershipPayload>('directory.partnership-requested'),
  PartnershipAccepted: defineEvent<PartnershipPayload>('directory.partnership-accepted'),
  PartnershipEnded: defineEvent<PartnershipPayload>('directory.partnership-ended'),
  SchoolSwitchesChanged: defineEvent<SchoolSwitchesChangedPayload>('directory.school-switches-changed'),
  SchoolCreated: defineEvent<SchoolPayload>('directory.school-created'),
  SchoolUpdated: defineEvent<SchoolPayload>('directory.school-updated'),
  ClassCreated: defineEvent<ClassPayload>('directory.class-created'),
  ClassUpdated: defineEvent<ClassPayload>('directory.class-updated'),
  PupilsMoved: defineEvent<PupilsMovedPayload>('directory.pupils-moved'),
  RosterApplied: defineEvent<RosterAppliedPayload>('directory.roster-applied'),
} as const;
