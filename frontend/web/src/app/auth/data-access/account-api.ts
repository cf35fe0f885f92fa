import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type { ActivateAccountRequest, CardLoginRequest, ChangePasswordRequest, LoginResponse } from '@preau/contracts';
import { Observable } from 'rxjs';
import { API } from '../../shared/http/api';

/** The doors of identity other than log-in (docs/product/api-conventions.md, identity; issue 11). */
@Injectable({ providedIn: 'root' })
export class AccountApi {
  private readonly http = inject(HttpClient);

  /** A parent, teacher or director opens their account with the code of their letter; the session cookie is set. */
  activate(request: ActivateAccountRequest): Observable<LoginResponse> {
    return this.http.post<LoginResponse>(`${API}/auth/activate`, request);
  }

  /** A pupil logs in with the QR code of their card; the session cookie is set. */
  cardLogin(request: CardLoginRequest): Observable<LoginResponse> {
    return this.http.post<LoginResponse>(`${API}/auth/card`, request);
  }

  /** I choose a new password (204); my other sessions end. */
  changePassword(request: ChangePasswordRequest): Observable<void> {
    return this.http.post<void>(`${API}/auth/password`, request);
  }
}

/** The least a password has, as the server checks it (docs/product/access-rules.md). */
export const MIN_PASSWORD_LENGTH = 10;

/** Strength as a hint, never a rule beyond the server's: 'short' (refused), 'fair', 'good'. */
export function passwordStrength(password: string): 'empty' | 'short' | 'fair' | 'good' {
  if (!password) return 'empty';
  if (password.length < MIN_PASSWORD_LENGTH) return 'short';
  const kinds = [/[a-z]/, /[A-Z]/, /\d/, /[^A-Za-z\d]/].filter((re) => re.test(password)).length;
  return password.length >= 14 || kinds >= 3 ? 'good' : 'fair';
}

/** The alphabet of activation codes: no look-alikes (no 0/O, 1/I/L), decision 0010. */
const CODE_CHARACTERS = /[^A-Z2-9]/g;

/**
 * An activation code as typed or printed ("abcd efgh jkmn", "ABCD-EFGH-JKMN") → "ABCD-EFGH-JKMN": upper case,
 * grouped by 4 with dashes, at most 12 characters.
 */
export function formatActivationCode(input: string): string {
  const plain = input.toUpperCase().replace(CODE_CHARACTERS, '').slice(0, 12);
  return plain.match(/.{1,4}/g)?.join('-') ?? '';
}
