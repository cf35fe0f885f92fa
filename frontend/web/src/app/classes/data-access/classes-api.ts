import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type { ChangeSettingsRequest, ClassMembersView, ClassView, SwitchModulesRequest } from '@preau/contracts';
import { Observable } from 'rxjs';
import { API } from '../../shared/http/api';

export function classUrl(classId: string): string {
  return `${API}/classes/${encodeURIComponent(classId)}`;
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
}
