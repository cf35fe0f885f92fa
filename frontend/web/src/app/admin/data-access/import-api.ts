import { HttpClient, HttpEvent } from '@angular/common/http';
import { Injectable, InjectionToken, inject } from '@angular/core';
import type { ImportJobView, ImportQuery, ImportReport } from '@preau/contracts';
import { Observable } from 'rxjs';
import { API, queryParams } from '../../shared/http/api';

const SCHOOLS = `${API}/admin/schools`;

function schoolUrl(schoolId: string): string {
  return `${SCHOOLS}/${encodeURIComponent(schoolId)}`;
}

/** The printed login sheets of a school's pupils (one card per pupil; docs/product/api-conventions.md, admin). */
export function loginSheetsUrl(schoolId: string): string {
  return `${schoolUrl(schoolId)}/login-sheets.pdf`;
}

/** The letters to a school's families (the activation code of each guardian). */
export function familyLettersUrl(schoolId: string): string {
  return `${schoolUrl(schoolId)}/family-letters.pdf`;
}

/** How often a running import is asked for its progress (a fake timer in the specs drives it). */
export const IMPORT_POLL_MS = new InjectionToken<number>('IMPORT_POLL_MS', { providedIn: 'root', factory: () => 1000 });

/** The ONDE import of the administration console (issue 11; decision 0010). */
@Injectable({ providedIn: 'root' })
export class ImportApi {
  private readonly http = inject(HttpClient);

  /**
   * Sends an ONDE extraction (the server tells pupils from guardians): the upload's progress events, then
   * 200 with the ImportReport, or 202 with an ImportJobView for a large file (then poll `job`).
   */
  upload(schoolId: string, file: File, query: ImportQuery): Observable<HttpEvent<ImportReport | ImportJobView>> {
    const body = new FormData();
    body.append('file', file, file.name);
    return this.http.post<ImportReport | ImportJobView>(`${schoolUrl(schoolId)}/imports`, body, {
      params: queryParams(query),
      observe: 'events',
      reportProgress: true,
    });
  }

  /** A large import's job: its state, progress and, when done, its report. */
  job(id: string): Observable<ImportJobView> {
    return this.http.get<ImportJobView>(`${API}/admin/imports/${encodeURIComponent(id)}`);
  }
}
