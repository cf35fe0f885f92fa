/**
 * The administration context's published language (issue 11, decision 0010): ONDE imports, the console's
 * people list, printed credentials. Routes in docs/product/api-conventions.md (admin).
 */
import type { PrintableCredentials, Role } from '../identity';

export type ImportKind = 'pupils' | 'guardians';

export interface ImportError {
  /** As a spreadsheet shows it: the header is line 1. */
  line: number;
  message: string;
}

/** The report of an import, dry run or not (POST /admin/schools/:schoolId/imports?dryRun=). */
export interface ImportReport {
  kind: ImportKind;
  dryRun: boolean;
  created: number;
  updated: number;
  unchanged: number;
  /** Pupils of the school absent from a pupils file: listed, detached only with `detachLeaving=true`. */
  leaving: number;
  errors: ImportError[];
  /** Who leaves, so that the administrator confirms knowingly. */
  leavingPupils: { id: string; displayName: string; className: string | null }[];
  /** Classes the file names that the school does not have yet (created by the import). */
  newClasses: string[];
  /** Whether leaving pupils were detached (only when asked, never on a dry run). */
  detached: boolean;
}

/** A large import runs as a job: 202 with this, then GET /admin/imports/:id until `state` is done or failed. */
export interface ImportJobView {
  id: string;
  schoolId: string;
  kind: ImportKind;
  state: 'queued' | 'running' | 'done' | 'failed';
  progress: { done: number; total: number };
  report: ImportReport | null;
  /** Set when failed: what to tell the administrator. */
  failure: string | null;
}

/**
 * A row of GET /admin/users?schoolId=&classId=&q=&cursor=&limit=, and the answer of GET /admin/users/:id
 * (docs/product/api-conventions.md).
 */
export interface AdminUserView {
  id: string;
  login: string;
  displayName: string;
  role: Role;
  blocked: boolean;
  /** True while the account waits for its first activation (a parent's code not used yet). */
  pendingActivation: boolean;
  classes: { id: string; name: string }[];
  /** The schools the person belongs to, among the caller's (where a pupil's card or a family's letter is printed). */
  schoolIds?: string[];
  /** For a parent: their children in the caller's schools, with their class (the family letter is per class). */
  children?: { id: string; displayName: string; className: string | null; classId?: string | null }[];
}

export * from './events';

/** The answer of POST /admin/schools/:schoolId/staff: the new person, and the activation code to hand them. */
export interface CreatedStaffView {
  user: AdminUserView;
  credentials: PrintableCredentials;
}
