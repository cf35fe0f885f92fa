import { computed, signal } from '@angular/core';
import type { MeResponse, Role } from '@preau/contracts';

/** A SessionStore stand-in: `{ provide: SessionStore, useValue: fakeSession(profile) }`; `set` logs in or out. */
export function fakeSession(profile: MeResponse | null) {
  const current = signal(profile);
  return {
    me: current.asReadonly(),
    role: computed(() => current()?.role ?? null),
    isAuthenticated: computed(() => current() !== null),
    csrfToken: signal('t').asReadonly(),
    set: (next: MeResponse | null) => current.set(next),
  };
}

/** Someone logged in, for specs that only need a session to exist. */
export function profile(role: Role, over: Partial<MeResponse> = {}): MeResponse {
  return {
    id: `p-${role.toLowerCase()}`,
    login: 'x',
    displayName: 'Paul Bernard',
    role,
    schools: [{ id: 's1', name: 'Jules Ferry' }],
    classes: [],
    children: [],
    csrfToken: 't',
    ...over,
  };
}
