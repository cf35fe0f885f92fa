import { Command, Query } from '../messages';
export const ROLES = ['PUPIL', 'PARENT', 'TEACHER', 'SCHOOL_ADMIN', 'ACADEMY_ADMIN'] as const;
export type Role = (typeof ROLES)[number];

export interface LoginRequest {
  login: string;
  password: string;
}

export interface ChangePasswordRequest {
  currentPassword: string;
  newPassword: string;
}

export interface UserSummary {
  id: string;
  login: string;
  displayName: string;
  role: Role;
}

export interface LoginResponse {
  user: UserSummary;
  csrfToken: string;
  /** After a reset by an administrator: the person must choose a new password before anything else. */
  mustChangePassword?: boolean;
}

export interface MeResponse {
  id: string;
  login: string;
  displayName: string;
  role: Role;
  schools: { id: string; name: string }[];
  classes: { id: string; name: string; schoolId: string }[];
  children: { id: string; displayName: string; classId: string | null; className: string | null }[];
  csrfToken: string;
  /** After a reset by an administrator: the person must choose a new password before anything else. */
  mustChangePassword?: boolean;
}

/** Provisioning (demo academy, later the ONDE import): opens an account with a first password. → { id } */
export class CreateAccountCommand extends Command<{ id: string }> {
  constructor(
    readonly id: string,
    readonly login: string,
    readonly displayName: string,
    readonly role: Role,
    readonly password: string,
  ) {
    super();
  }
}

/**
 * "Is this session still live?" (not ended by log-out, expiry, a password change or a blocked account), by the
 * session id the platform knows (sha-256 of the token). Long-lived connections (the live stream) ask it again
 * while they stay open. → boolean
 */
export class IsSessionActiveQuery extends Query<boolean> {
  constructor(readonly sessionId: string) {
    super();
  }
}

export * from './events';
export * from './credentials';
