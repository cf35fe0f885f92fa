import { httpResource } from '@angular/common/http';
import { ChangeDetectionStrategy, Component } from '@angular/core';
import { MatIconModule } from '@angular/material/icon';
import { RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import type { SchoolView } from '@preau/contracts';
import { ErrorState } from '../../shared/ui/error-state';
import { SCHOOLS_URL } from '../data-access/admin-api';

/** The schools an administrator manages: a director's own, an academy admin's academy's. */
@Component({
  selector: 'preau-schools-page',
  imports: [MatIconModule, RouterLink, TranslocoPipe, ErrorState],
  template: `
    <div class="page">
      <h1 class="page-title">{{ 'schools.title' | transloco }}</h1>
      @if (schools.hasValue()) {
        @if (schools.value().length === 0) {
          <p class="page-subtitle">{{ 'schools.none' | transloco }}</p>
        } @else {
          <p class="page-subtitle">{{ 'schools.count' | transloco: { count: schools.value().length } }}</p>
          <ul class="school-list">
            @for (school of schools.value(); track school.id) {
              <li>
                <a class="school-link" [routerLink]="['/admin/schools', school.id]">
                  <mat-icon aria-hidden="true">school</mat-icon>
                  <span>{{ school.name }}</span>
                  <mat-icon aria-hidden="true" class="chevron">chevron_right</mat-icon>
                </a>
              </li>
            }
          </ul>
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
      list-style: none;
      margin: 0;
      padding: 0;
      max-width: 720px;
      display: grid;
      gap: 8px;
    }
    .school-link {
      display: flex;
      align-items: center;
      gap: 16px;
      min-height: 56px;
      padding: 8px 16px;
      border: 1px solid var(--mat-sys-outline-variant);
      border-radius: 16px;
      background: var(--mat-sys-surface-container-low);
      color: var(--mat-sys-on-surface);
      font: var(--mat-sys-title-medium);
      text-decoration: none;
    }
    .school-link:hover {
      border-color: var(--mat-sys-primary);
    }
    .school-link mat-icon {
      color: var(--mat-sys-primary);
    }
    .chevron {
      margin-left: auto;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class SchoolsPage {
  protected readonly schools = httpResource<SchoolView[]>(() => SCHOOLS_URL);
}
