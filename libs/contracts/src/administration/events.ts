import { defineEvent } from '../events';
import type { ImportKind } from './index';

export interface ImportAppliedPayload {
  importId: string;
  schoolId: string;
  actorId: string;
  kind: ImportKind;
  created: number;
  updated: number;
  detached: number;
}
export interface CredentialsPrintedPayload {
  schoolId: string;
  actorId: string;
  classId: string | null;
  what: 'login-sheets' | 'family-letters';
  accounts: number;
}

/** Integration events of the administration context (every one is audited). */
export const AdministrationEvents = {
  ImportApplied: defineEvent<ImportAppliedPayload>('administration.import-applied'),
  CredentialsPrinted: defineEvent<CredentialsPrintedPayload>('administration.credentials-printed'),
} as const;
