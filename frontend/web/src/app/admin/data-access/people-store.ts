import { Injectable, inject, signal } from '@angular/core';
import type { AdminUserView, Page } from '@preau/contracts';
import { Observable, firstValueFrom } from 'rxjs';
import { PagedList } from '../../shared/data/paged-list';
import { AdminApi } from './admin-api';

export const PEOPLE_PAGE_SIZE = 25;

/**
 * The people an administrator manages (GET /admin/users): a school's or everyone's they run, searched by name or
 * login on the server (accents and case ignored there), page by page with the cursor.
 */
@Injectable()
export class PeopleStore extends PagedList<AdminUserView> {
  private readonly api = inject(AdminApi);

  readonly schoolId = signal<string | null>(null);
  readonly q = signal('');

  /** Asks again for the first page of what `schoolId` and `q` say. */
  search(schoolId: string | null, q: string): Promise<void> {
    this.schoolId.set(schoolId);
    this.q.set(q.trim());
    return this.reload();
  }

  /** Puts a changed row (blocked, unblocked) in place of the old one. */
  replace(person: AdminUserView): void {
    this.items.update((items) => items.map((item) => (item.id === person.id ? person : item)));
  }

  protected fetchPage(cursor: string | null): Observable<Page<AdminUserView>> {
    return this.api.users({
      schoolId: this.schoolId() ?? undefined,
      q: this.q() || undefined,
      cursor: cursor ?? undefined,
      limit: PEOPLE_PAGE_SIZE,
    });
  }
}

/**
 * Every person of a school the caller administers, all pages (GET /admin/users?schoolId=&limit=100 until the cursor
 * ends): the teachers a class picker offers. A school has some hundreds of people. With `classId`, only that class's
 * people (its pupils, its teachers and its pupils' parents): a class page's.
 */
export async function allPeopleOf(api: AdminApi, schoolId: string, q?: string, classId?: string): Promise<AdminUserView[]> {
  const people: AdminUserView[] = [];
  let cursor: string | undefined;
  // At most 50 pages of 100: a guard against a cursor that would never end.
  for (let i = 0; i < 50; i++) {
    const page = await firstValueFrom(api.users({ schoolId, classId, q, cursor, limit: 100 }));
    people.push(...page.items);
    if (!page.nextCursor) break;
    cursor = page.nextCursor;
  }
  return people;
}
