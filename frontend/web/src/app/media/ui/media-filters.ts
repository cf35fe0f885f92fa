import { ChangeDetectionStrategy, Component, input, output } from '@angular/core';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';
import { TranslocoPipe } from '@jsverse/transloco';
import type { MediaKind } from '@preau/contracts';
import { MEDIA_KINDS } from '@preau/contracts';
import { MEDIA_KIND_ICONS } from '../data-access/media-labels';

/** Search by title and filter by kind, above a media grid. */
@Component({
  selector: 'preau-media-filters',
  imports: [MatFormFieldModule, MatIconModule, MatInputModule, MatSelectModule, TranslocoPipe],
  template: `
    <div class="filters" role="search">
      <mat-form-field class="search" subscriptSizing="dynamic">
        <mat-label>{{ 'media.filters.search' | transloco }}</mat-label>
        <mat-icon matPrefix aria-hidden="true">search</mat-icon>
        <input matInput type="search" autocomplete="off" [value]="query()" (input)="queryChange.emit($any($event.target).value)" />
      </mat-form-field>
      <mat-form-field class="kind" subscriptSizing="dynamic">
        <mat-label>{{ 'media.filters.kind' | transloco }}</mat-label>
        <mat-select [value]="kind()" (selectionChange)="kindChange.emit($event.value)">
          @if (allowAll()) {
            <mat-option [value]="null">{{ 'media.filters.allKinds' | transloco }}</mat-option>
          }
          @for (k of kinds(); track k) {
            <mat-option [value]="k">
              <mat-icon aria-hidden="true">{{ icons[k] }}</mat-icon>
              {{ 'media.kindsPlural.' + k | transloco }}
            </mat-option>
          }
        </mat-select>
      </mat-form-field>
    </div>
  `,
  styles: `
    .filters {
      display: flex;
      flex-wrap: wrap;
      gap: 8px 16px;
      margin-bottom: 16px;
    }
    .search {
      flex: 1 1 240px;
    }
    .kind {
      flex: 0 1 220px;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class MediaFilters {
  readonly query = input('');
  readonly kind = input<MediaKind | null>(null);
  readonly kinds = input<readonly MediaKind[]>(MEDIA_KINDS);
  /** Offer "all types". */
  readonly allowAll = input(true);
  readonly queryChange = output<string>();
  readonly kindChange = output<MediaKind | null>();
  protected readonly icons = MEDIA_KIND_ICONS;
}
