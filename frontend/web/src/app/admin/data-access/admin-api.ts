import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type {
  AdminClassView,
  AdminSchoolView,
  AdminUserView,
  CreateClassRequest,
  CreateSchoolRequest,
  CreateStaffRequest,
  CreatedStaffView,
  ListUsersQuery,
  ModuleSwitches,
  Page,
  PasswordResetResult,
  SchoolView,
  UpdateClassRequest,
  UpdateSchoolRequest,
} from '@preau/contracts';
import { Observable } from 'rxjs';
import { API, queryParams } from '../../shared/http/api';

export const SCHOOLS_URL = `${API}/admin/schools`;
export const CLASSES_URL = `${API}/admin/classes`;
export const USERS_URL = `${API}/admin/users`;

export function schoolUrl(schoolId: string): string {
  return `${SCHOOLS_URL}/${encodeURIComponent(schoolId)}`;
}

export function schoolClassesUrl(schoolId: string): string {
  return `${schoolUrl(schoolId)}/classes`;
}

/** The printable PDFs of a school (docs/product/api-conventions.md, admin): a class's, or the whole school's. */
export function printUrl(schoolId: string, kind: 'login-sheets' | 'family-letters', classId?: string): string {
  const query = classId ? `?classId=${encodeURIComponent(classId)}` : '';
  return `${schoolUrl(schoolId)}/${kind}.pdf${query}`;
}

/** The administration console's calls (docs/product/api-conventions.md, admin routes). */
@Injectable({ providedIn: 'root' })
export class AdminApi {
  private readonly http = inject(HttpClient);

  /** Emergency switches: `false` turns a module off for every class of the school. */
  setSwitches(schoolId: string, switches: Partial<ModuleSwitches>): Observable<SchoolView> {
    return this.http.put<SchoolView>(`${schoolUrl(schoolId)}/switches`, switches);
  }

  createSchool(request: CreateSchoolRequest): Observable<AdminSchoolView> {
    return this.http.post<AdminSchoolView>(SCHOOLS_URL, request);
  }

  updateSchool(schoolId: string, request: UpdateSchoolRequest): Observable<AdminSchoolView> {
    return this.http.patch<AdminSchoolView>(schoolUrl(schoolId), request);
  }

  createClass(schoolId: string, request: CreateClassRequest): Observable<AdminClassView> {
    return this.http.post<AdminClassView>(schoolClassesUrl(schoolId), request);
  }

  updateClass(classId: string, request: UpdateClassRequest): Observable<AdminClassView> {
    return this.http.patch<AdminClassView>(`${CLASSES_URL}/${encodeURIComponent(classId)}`, request);
  }

  /** These pupils of the school now belong to `classId` (this school year). */
  movePupils(classId: string, pupilIds: string[]): Observable<unknown> {
    return this.http.post(`${CLASSES_URL}/${encodeURIComponent(classId)}/pupils`, { pupilIds });
  }

  /** New cards for the pupils of a class: the old ones stop working at once. */
  reissueCards(classId: string): Observable<{ reissued: number }> {
    return this.http.post<{ reissued: number }>(`${CLASSES_URL}/${encodeURIComponent(classId)}/cards`, {});
  }

  createStaff(schoolId: string, request: CreateStaffRequest): Observable<CreatedStaffView> {
    return this.http.post<CreatedStaffView>(`${schoolUrl(schoolId)}/staff`, request);
  }

  users(query: ListUsersQuery): Observable<Page<AdminUserView>> {
    return this.http.get<Page<AdminUserView>>(USERS_URL, { params: queryParams(query) });
  }

  /** One person the caller administers (404 for anyone else), with their classes, schools and children. */
  user(userId: string): Observable<AdminUserView> {
    return this.http.get<AdminUserView>(`${USERS_URL}/${encodeURIComponent(userId)}`);
  }

  block(userId: string): Observable<void> {
    return this.http.post<void>(`${USERS_URL}/${encodeURIComponent(userId)}/block`, {});
  }

  unblock(userId: string): Observable<void> {
    return this.http.post<void>(`${USERS_URL}/${encodeURIComponent(userId)}/unblock`, {});
  }

  resetPassword(userId: string): Observable<PasswordResetResult> {
    return this.http.post<PasswordResetResult>(`${USERS_URL}/${encodeURIComponent(userId)}/password-reset`, {});
  }
}
