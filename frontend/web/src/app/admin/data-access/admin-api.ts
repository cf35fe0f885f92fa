import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type { ModuleSwitches, SchoolView } from '@preau/contracts';
import { Observable } from 'rxjs';
import { API } from '../../shared/http/api';

export const SCHOOLS_URL = `${API}/admin/schools`;

export function schoolClassesUrl(schoolId: string): string {
  return `${SCHOOLS_URL}/${encodeURIComponent(schoolId)}/classes`;
}

@Injectable({ providedIn: 'root' })
export class AdminApi {
  private readonly http = inject(HttpClient);

  /** Emergency switches: `false` turns a module off for every class of the school. */
  setSwitches(schoolId: string, switches: Partial<ModuleSwitches>): Observable<SchoolView> {
    return this.http.put<SchoolView>(`${SCHOOLS_URL}/${encodeURIComponent(schoolId)}/switches`, switches);
  }
}
