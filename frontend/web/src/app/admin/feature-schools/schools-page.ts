import { httpResource } from '@angular/common/http';
import { ChangeDetectionStrategy, Component } from '@angular/core';
import { MatIconModule } from '@angular/material/icon';
import { MatListModule } from '@angular/material/list';
import { RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import type { SchoolView } from '@preau/contracts';
import { ErrorState } from '../../shared/ui/error-state';
import { SCHOOLS_URL } from '../data-access/admin-api';

/** The schools an administrator manages: a director's own, an academy admin's academy's. */
@Component({
  selector: 'preau-schools-page',
  imports: [MatIconModule, MatListModule, RouterLink, TranslocoPipe, ErrorState],
  template: `
    <div class="page">
      <h1 class="page-title">{{ 'schools.title' | transloco }}</h1>
      @if (schools.hasValue()) {
        @if (schools.value().length === 0) {
          <p class="page-subtitle">{{ 'schools.none' | transloco }}</p>
        } @else {
          <p class="page-subtitle">{{ 'schools.count' | transloco: { count: schools.value().length } }}</p>
          <mat-nav-list class="school-list" [attr.aria-label]="'schools.title' | transloco">
            @for (school of schools.value(); track school.id) {
              <a mat-list-item [routerLink]="['/admin/schools', school.id]">
                <mat-icon matListItemIcon aria-hidden="true">school</mat-icon>
                <span matListItemTitle>{{ school.name }}</span>
              </a>
            }
          </mat-nav-list>
        }
      } @else if (schools.error()) {
        <preau-error-state [error]="schools.error()" (retry)="schools.reload()" />
      } @else {
        <p role="status">{{ 'common.loading' | transloco }}</p>
      }
    </div>
  `,
  styles: `
    .school-list {
      max-width: 720px;
      border: 1px solid var(--mat-sys-outline-variant);
      border-radius: 16px;
      background: var(--mat-sys-surface-container-low);
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class SchoolsPage {
  protected readonly schools = httpResource<SchoolView[]>(() => SCHOOLS_URL);
}
