/** Test data for the console's specs: the shapes of the admin routes (libs/contracts). */
import type { HttpRequest } from '@angular/common/http';
import type { HttpTestingController, TestRequest } from '@angular/common/http/testing';
import { waitFor } from '../../../testing';
import type { AdminClassView, AdminSchoolView, AdminUserView, Page } from '@preau/contracts';

export function adminSchool(over: Partial<AdminSchoolView> = {}): AdminSchoolView {
  return {
    id: 's1',
    name: 'École Jules Ferry',
    academyId: 'a1',
    switches: { blog: true, messaging: true, media: true, homework: true, liaison: true, calendar: true },
    uai: '0750654D',
    address: { street: '3 rue des Écoles', postalCode: '75005', city: 'Paris' },
    directors: [{ id: 'd1', displayName: 'Paul Bernard', role: 'SCHOOL_ADMIN' }],
    classCount: 2,
    ...over,
  };
}

export function adminClass(over: Partial<AdminClassView> = {}): AdminClassView {
  return {
    id: 'c1',
    name: 'CE2 A',
    schoolId: 's1',
    teachers: [{ id: 't1', displayName: 'Marie Dupont', role: 'TEACHER' }],
    pupilCount: 2,
    schoolYearId: '2026-2027',
    levels: ['CE2'],
    ...over,
  };
}

export function adminUser(over: Partial<AdminUserView> = {}): AdminUserView {
  return {
    id: 'u1',
    login: 'lea.martin',
    displayName: 'Léa Martin',
    role: 'PUPIL',
    blocked: false,
    pendingActivation: false,
    classes: [{ id: 'c1', name: 'CE2 A' }],
    schoolIds: ['s1'],
    ...over,
  };
}

export function page<T>(items: T[], nextCursor: string | null = null): Page<T> {
  return { items, nextCursor };
}

/** A problem+json refusal, as the API answers: `req.flush(...refusal(403, 'FORBIDDEN'))`. */
export function refusal(status: number, code: string): [object, { status: number; statusText: string }] {
  return [{ type: 'about:blank', title: code, status, code }, { status, statusText: code }];
}

/** The request `match` finds, once it has been sent (after an animation, a pause in typing…). */
export async function awaitRequest(
  backend: HttpTestingController,
  match: string | { method?: string; url?: string } | ((req: HttpRequest<unknown>) => boolean),
): Promise<TestRequest> {
  let found: TestRequest | undefined;
  await waitFor(() => {
    found = backend.expectOne(match as never);
  });
  return found as TestRequest;
}
