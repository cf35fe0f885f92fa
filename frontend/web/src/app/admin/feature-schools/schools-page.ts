import { httpResource } from '@angular/common/http';
import { ChangeDetectionStrategy, Component, computed, effect, inject, signal, viewChild } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { MatPaginator, MatPaginatorModule } from '@angular/material/paginator';
import { MatSort, MatSortModule } from '@angular/material/sort';
import { MatTableDataSource, MatTableModule } from '@angular/material/table';
import { RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import type { AdminSchoolView } from '@preau/contracts';
import { firstValueFrom } from 'rxjs';
import { SessionStore } from '../../shared/session/session-store';
import { ErrorState } from '../../shared/ui/error-state';
import { SCHOOLS_URL } from '../data-access/admin-api';
import { fold } from '../data-access/fold';
import { providePaginatorWords } from '../ui/paginator-intl';
import { SchoolDialog, SchoolDialogData } from '../ui/school-dialog';

/**
 * The schools an administrator manages: a director's own, an academy admin's academy's, who alone creates and
 * edits them (docs/product/access-rules.md, Administration). Sorted, filtered and paged in the browser.
 */
@Component({
  selector: 'preau-schools-page',
  imports: [
    MatButtonModule,
    MatFormFieldModule,
    MatIconModule,
    MatInputModule,
    MatPaginatorModule,
    MatSortModule,
    MatTableModule,
    RouterLink,
    TranslocoPipe,
    ErrorState,
  ],
  providers: [providePaginatorWords()],
  templateUrl: './schools-page.html',
  styleUrls: ['../ui/admin-table.scss', './schools-page.scss'],
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class SchoolsPage {
  private readonly dialog = inject(MatDialog);
  private readonly session = inject(SessionStore);

  protected readonly schools = httpResource<AdminSchoolView[]>(() => SCHOOLS_URL);
  protected readonly academyAdmin = computed(() => this.session.role() === 'ACADEMY_ADMIN');
  protected readonly columns = computed(() => [
    'name',
    'uai',
    'city',
    'directors',
    'classCount',
    ...(this.academyAdmin() ? ['actions'] : []),
  ]);
  protected readonly dataSource = new MatTableDataSource<AdminSchoolView>([]);
  protected readonly filter = signal('');
  protected readonly status = signal<{ key: string; params: Record<string, string> } | null>(null);

  private readonly sort = viewChild(MatSort);
  private readonly paginator = viewChild(MatPaginator);

  constructor() {
    this.dataSource.sortingDataAccessor = (school, column) => {
      switch (column) {
        case 'city':
          return school.address?.city ?? '';
        case 'directors':
          return fold(directorNames(school));
        case 'classCount':
          return school.classCount;
        case 'uai':
          return school.uai ?? '';
        default:
          // Accents folded: "École Émile Zola" sorts before "École Jules Ferry".
          return fold(school.name);
      }
    };
    this.dataSource.filterPredicate = (school, filter) =>
      fold([school.name, school.uai ?? '', school.address?.city ?? '', directorNames(school)].join(' ')).includes(filter);
    effect(() => {
      this.dataSource.data = this.schools.hasValue() ? this.schools.value() : [];
    });
    effect(() => {
      const sort = this.sort();
      const paginator = this.paginator();
      if (sort) this.dataSource.sort = sort;
      if (paginator) this.dataSource.paginator = paginator;
    });
  }

  protected directorNames = directorNames;

  protected applyFilter(value: string): void {
    this.filter.set(value);
    this.dataSource.filter = fold(value.trim());
    this.dataSource.paginator?.firstPage();
  }

  protected async open(school?: AdminSchoolView): Promise<void> {
    const data: SchoolDialogData = { school };
    const saved = await firstValueFrom(
      this.dialog.open<SchoolDialog, SchoolDialogData, AdminSchoolView>(SchoolDialog, { data, width: '600px', maxWidth: '95vw' }).afterClosed(),
    );
    if (!saved) return;
    this.status.set({ key: school ? 'admin.schools.saved' : 'admin.schools.created', params: { name: saved.name } });
    this.schools.reload();
  }
}

function directorNames(school: AdminSchoolView): string {
  return school.directors.map((d) => d.displayName).join(', ');
}
