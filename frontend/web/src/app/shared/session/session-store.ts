import { HttpClient, HttpErrorResponse } from '@angular/common/http';
import { Injectable, computed, inject, signal } from '@angular/core';
import type { LoginRequest, LoginResponse, MeResponse, Role } from '@preau/contracts';
import { firstValueFrom } from 'rxjs';
import { API } from '../http/api';

export type SessionStatus = 'unknown' | 'anonymous' | 'authenticated';

interface SessionState {
  status: SessionStatus;
  me: MeResponse | null;
  csrfToken: string | null;
}

const EMPTY: SessionState = { status: 'anonymous', me: null, csrfToken: null };

/**
 * Who is logged in, as the API says (`GET /me`). The session itself is an HttpOnly cookie the app
 * never sees; what it keeps is the profile and the CSRF token to send on state-changing calls.
 */
@Injectable({ providedIn: 'root' })
export class SessionStore {
  private readonly http = inject(HttpClient);
  private readonly state = signal<SessionState>({ status: 'unknown', me: null, csrfToken: null });
  private loading: Promise<SessionStatus> | null = null;

  readonly status = computed(() => this.state().status);
  readonly me = computed(() => this.state().me);
  readonly csrfToken = computed(() => this.state().csrfToken);
  readonly role = computed<Role | null>(() => this.state().me?.role ?? null);
  readonly isAuthenticated = computed(() => this.state().status === 'authenticated');
  /** After a reset by an administrator: nothing else until a new password is chosen (issue 11). */
  readonly mustChangePassword = computed(() => this.state().me?.mustChangePassword === true);

  /**
   * Asks the API who we are, once: resolves 'authenticated' or 'anonymous' (401).
   * Any other failure (server down...) rejects, so the caller can show an error instead of a login form.
   */
  ensureLoaded(): Promise<SessionStatus> {
    const status = this.state().status;
    if (status !== 'unknown') return Promise.resolve(status);
    this.loading ??= this.fetchMe().finally(() => (this.loading = null));
    return this.loading;
  }

  /** Logs in, then loads the full profile. Rejects with the API's error (INVALID_CREDENTIALS...). */
  async login(request: LoginRequest): Promise<MeResponse> {
    return this.adopt(await firstValueFrom(this.http.post<LoginResponse>(`${API}/auth/login`, request)));
  }

  /**
   * Takes the session another door opened (account activation, card login: both answer a LoginResponse and
   * set the cookie), then loads the full profile.
   */
  async adopt(answer: LoginResponse): Promise<MeResponse> {
    this.state.set({ status: 'unknown', me: null, csrfToken: answer.csrfToken });
    const status = await this.fetchMe();
    const me = this.state().me;
    if (status !== 'authenticated' || !me) throw new Error('The session was not established');
    if (answer.mustChangePassword && !me.mustChangePassword) this.setMustChangePassword(true);
    return this.state().me ?? me;
  }

  /** The API said (403 PASSWORD_CHANGE_REQUIRED, or after a change) whether a new password must be chosen. */
  setMustChangePassword(value: boolean): void {
    this.state.update((s) => (s.me ? { ...s, me: { ...s.me, mustChangePassword: value } } : s));
  }

  /** Ends the session on the server; forgets it here even when the server could not be reached. */
  async logout(): Promise<void> {
    try {
      await firstValueFrom(this.http.post<void>(`${API}/auth/logout`, null));
    } finally {
      this.clear();
    }
  }

  /** Forgets the session (after a 401, or a logout). */
  clear(): void {
    this.state.set(EMPTY);
  }

  private async fetchMe(): Promise<SessionStatus> {
    try {
      const me = await firstValueFrom(this.http.get<MeResponse>(`${API}/me`));
      this.state.set({ status: 'authenticated', me, csrfToken: me.csrfToken });
      return 'authenticated';
    } catch (error) {
      if (error instanceof HttpErrorResponse && error.status === 401) {
        this.state.set(EMPTY);
        return 'anonymous';
      }
      throw error;
    }
  }
}
