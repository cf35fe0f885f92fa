import { HttpParams } from '@angular/common/http';

/** The API is same-origin (the API serves the app; the dev server proxies /api). */
export const API = '/api/v1';

/** A query string from a request type of the contracts: absent, null and empty values are left out, in the given order. */
export function queryParams(query: object): HttpParams {
  let params = new HttpParams();
  for (const [name, value] of Object.entries(query)) {
    if (value === undefined || value === null || value === '') continue;
    params = params.set(name, String(value));
  }
  return params;
}
