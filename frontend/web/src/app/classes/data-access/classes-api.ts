import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type { ChangeSettingsRequest, ClassMembersView, ClassView, PasswordResetResult, SwitchModulesRequest } from '@preau/contracts';
import { Observable } from 'rxjs';
import { API } from '../../shared/http/api';

export function classUrl(classId: string): string {
  return `${API}/classes/${encodeURIComponent(classId)}`;
}

/** The class's login sheets (one card per pupil), a PDF its teachers open in a new tab to print. */
export function classLoginSheetsUrl(classId: string): string {
  return `${classUrl(classId)}/login-sheets.pdf`;
}

@Injectable({ providedIn: 'root' })
export class ClassesApi {
  private readonly http = inject(HttpClient);

  get(classId: string): Observable<ClassView> {
    return this.http.get<ClassView>(classUrl(classId));
  }

  members(classId: string): Observable<ClassMembersView> {
    return this.http.get<ClassMembersView>(`${classUrl(classId)}/members`);
  }

  switchModules(classId: string, change: SwitchModulesRequest): Observable<ClassView> {
    return this.http.patch<ClassView>(`${classUrl(classId)}/modules`, change);
  }

  changeSettings(classId: string, change: ChangeSettingsRequest): Observable<ClassView> {
    return this.http.patch<ClassView>(`${classUrl(classId)}/settings`, change);
  }

  /** A pupil's new password and new card (a teacher, for the pupils of their classes): shown once. */
  resetPassword(userId: string): Observable<PasswordResetResult> {
    return this.http.post<PasswordResetResult>(`${API}/admin/users/${encodeURIComponent(userId)}/password-reset`, {});
  }

  /** New cards for every pupil of the class: the old ones stop working at once. */
  reissueCards(classId: string): Observable<{ reissued: number }> {
    return this.http.post<{ reissued: number }>(`${API}/admin/classes/${encodeURIComponent(classId)}/cards`, {});
  }
}
