import { httpResource } from '@angular/common/http';
import { ChangeDetectionStrategy, Component, DestroyRef, computed, effect, inject, input, signal, untracked, viewChild } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatChipsModule } from '@angular/material/chips';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';
import { MatSort, MatSortModule } from '@angular/material/sort';
import { MatTableDataSource, MatTableModule } from '@angular/material/table';
import { Router, RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import type { AdminSchoolView, AdminUserView, Role } from '@preau/contracts';
import { ErrorState } from '../../shared/ui/error-state';
import { SCHOOLS_URL } from '../data-access/admin-api';
import { fold } from '../data-access/fold';
import { PeopleStore } from '../data-access/people-store';

/** Pause in typing before the server is asked. */
export const PEOPLE_SEARCH_MS = 300;
export const PEOPLE_ROLES: Role[] = ['PUPIL', 'PARENT', 'TEACHER', 'SCHOOL_ADMIN'];

/**
 * The people an administrator manages (GET /admin/users, docs/product/api-conventions.md): searched by name or
 * login on the server (accents and case ignored there), page after page; the role chips and the sort work on
 * what is loaded. Each row opens the person's page.
 */
@Component({
  selector: 'preau-people-page',
  imports: [
    MatButtonModule,
    MatChipsModule,
    MatFormFieldModule,
    MatIconModule,
    MatInputModule,
    MatSelectModule,
    MatSortModule,
    MatTableModule,
    RouterLink,
    TranslocoPipe,
    ErrorState,
  ],
  providers: [PeopleStore],
  templateUrl: './people-page.html',
  styleUrls: ['../ui/admin-table.scss', './people-page.scss'],
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class PeoplePage {
  protected readonly store = inject(PeopleStore);
  private readonly router = inject(Router);

  /** From the query string (`/admin/people?schoolId=`): one school, or every school the caller runs. */
  readonly schoolId = input<string | undefined>();
  /** From the query string: the search, kept when coming back. */
  readonly q = input<string | undefined>();

  protected readonly schools = httpResource<AdminSchoolView[]>(() => SCHOOLS_URL);
  protected readonly roles = PEOPLE_ROLES;
  protected readonly roleFilter = signal<Role[]>([]);
  protected readonly text = signal('');
  protected readonly columns = ['displayName', 'login', 'role', 'where', 'state'];
  protected readonly dataSource = new MatTableDataSource<AdminUserView>([]);
  protected readonly shown = computed(() => {
    const roles = this.roleFilter();
    const items = this.store.items();
    return roles.length ? items.filter((p) => roles.includes(p.role)) : items;
  });
  private readonly sort = viewChild(MatSort);
  private timer: ReturnType<typeof setTimeout> | null = null;

  constructor() {
    inject(DestroyRef).onDestroy(() => this.timer && clearTimeout(this.timer));
    this.dataSource.sortingDataAccessor = (person, column) => {
      switch (column) {
        case 'login':
          return person.login;
        case 'role':
          return person.role;
        case 'where':
          return fold(this.where(person));
        case 'state':
          return person.blocked ? 2 : person.pendingActivation ? 1 : 0;
        default:
          return fold(person.displayName);
      }
    };
    effect(() => {
      const schoolId = this.schoolId() ?? null;
      const q = this.q() ?? '';
      untracked(() => {
        this.text.set(q);
        void this.store.search(schoolId, q);
      });
    });
    effect(() => {
      this.dataSource.data = this.shown();
    });
    effect(() => {
      const sort = this.sort();
      if (sort) this.dataSource.sort = sort;
    });
  }

  protected typed(value: string): void {
    this.text.set(value);
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => this.navigate({ q: value.trim() || null }), PEOPLE_SEARCH_MS);
  }

  protected chooseSchool(schoolId: string | null): void {
    this.navigate({ schoolId });
  }

  protected chooseRoles(roles: Role[] | null): void {
    this.roleFilter.set(roles ?? []);
  }

  /** A pupil's or a teacher's classes, a parent's children. */
  protected where(person: AdminUserView): string {
    if (person.children?.length) {
      return person.children.map((c) => (c.className ? `${c.displayName} (${c.className})` : c.displayName)).join(', ');
    }
    return person.classes.map((c) => c.name).join(', ');
  }

  private navigate(queryParams: Record<string, string | null>): void {
    void this.router.navigate([], { queryParams, queryParamsHandling: 'merge', replaceUrl: true });
  }
}
