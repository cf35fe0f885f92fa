import { DestroyRef, Injectable, inject } from '@angular/core';
import { MatPaginatorIntl } from '@angular/material/paginator';
import { TranslocoService } from '@jsverse/transloco';

/** The paginator's words in the user's language (Material's are English): `providers: [providePaginatorWords()]`. */
@Injectable()
export class TranslatedPaginatorIntl extends MatPaginatorIntl {
  private readonly transloco = inject(TranslocoService);

  constructor() {
    super();
    const subscription = this.transloco.langChanges$.subscribe(() => this.translate());
    inject(DestroyRef).onDestroy(() => subscription.unsubscribe());
  }

  override getRangeLabel = (page: number, pageSize: number, length: number): string => {
    if (length === 0 || pageSize === 0) return this.transloco.translate('admin.paginator.empty', { length });
    const start = page * pageSize + 1;
    const end = Math.min(length, (page + 1) * pageSize);
    return this.transloco.translate('admin.paginator.range', { start, end, length });
  };

  private translate(): void {
    this.itemsPerPageLabel = this.transloco.translate('admin.paginator.itemsPerPage');
    this.nextPageLabel = this.transloco.translate('admin.paginator.next');
    this.previousPageLabel = this.transloco.translate('admin.paginator.previous');
    this.firstPageLabel = this.transloco.translate('admin.paginator.first');
    this.lastPageLabel = this.transloco.translate('admin.paginator.last');
    this.changes.next();
  }
}

export function providePaginatorWords() {
  return { provide: MatPaginatorIntl, useClass: TranslatedPaginatorIntl };
}
